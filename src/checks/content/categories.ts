import type { FindingId } from '../../core/finding-ids.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { ContentConfig } from './config.js';
import { categoryAndThemeMatchers, HAS_JAPANESE, termText } from './match.js';
import { CATEGORY_TERMS, CHANNEL_AS_MEANS, OPT_OUT_TERMS, PART_NAMES, UNTRACEABLE_CHANNELS, type CategoryName } from './terms.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

type PartName = 'scam-warning' | 'fee-name' | 'fee-condition' | 'payout' | 'donation' | 'payment-channel' | 'dating-advert' | 'debt' | 'legal-threat' | 'deadline-hours' | 'call-now' | 'bank-change' | 'pay-pending' | 'no-call';
const CATEGORY_IDS: Record<Exclude<CategoryName, PartName>, FindingId> = {
  health: 'CONTENT_CATEGORY_HEALTH',
  dating: 'CONTENT_CATEGORY_DATING',
  finance: 'CONTENT_CATEGORY_FINANCE',
  phishing: 'CONTENT_CATEGORY_PHISHING',
  'malware-lure': 'CONTENT_CATEGORY_MALWARE_LURE',
  'advance-fee': 'CONTENT_CATEGORY_ADVANCE_FEE',
  jobs: 'CONTENT_CATEGORY_JOBS',
  marketing: 'CONTENT_CATEGORY_MARKETING',
  sextortion: 'CONTENT_CATEGORY_SEXTORTION',
  'crypto-scam': 'CONTENT_CATEGORY_CRYPTO_SCAM',
  'callback-scam': 'CONTENT_CATEGORY_CALLBACK_SCAM',
};

const OWN_KIND: ReadonlySet<CategoryName> = new Set(['sextortion', 'crypto-scam', 'callback-scam']);

/**
 * Sextortion scores as much as a strong sign (3), so its ordinary words alone do not make it: it needs a term
 * rare outside the threat (weight 3) or this much weight. "camera", "your camera" and "video" are a gadget
 * newsletter, not sextortion. (The wallet and callback kinds score 1.5 and mostly feed composites, which
 * ask for more themselves.)
 */
const SEXTORTION_WEIGHT_WITHOUT_STRONG_TERM = 6;

/**
 * Advance-fee vocabulary this dense (inheritance, beneficiary, widow, donation funds, in any of the languages)
 * is the letter itself, not a mention: CONTENT_ADVANCE_FEE_MANY. No ham message of the SpamAssassin training
 * split reaches 6 (one reaches 5); 34 of its 1,334 spam and 96 of the honeypot messages outside the labelled
 * sample do.
 */
const ADVANCE_FEE_MANY_WEIGHT = 6;

/**
 * The scam kinds whose vocabulary, this dense in one message, is the scam letter itself rather than a mention of it:
 * CONTENT_SCAM_LETTER (issue 17, session 13: the kind × language audit, scam-audit.test.ts). A kind counts at
 * `SCAM_LETTER_WEIGHT` with one of its strong terms (3: "begunstigde", "herstelzin", "tägliche auszahlung", "te grabé"), or
 * at `SCAM_LETTER_WEIGHT_WITHOUT_STRONG_TERM` without. Without it, a sextortion or lottery letter in Dutch, Spanish or
 * Japanese scored its category's 1–3 points and stayed clean: the classifier, trained on English mail, does not read it.
 * Dating and marketing are not here: their strong words ("sex", "casino") are a newsletter's too. A text that warns
 * about the scam ("we will never ask for your recovery phrase", "ne payez jamais": the scam-warning rows) is no letter.
 */
const SCAM_LETTER_KINDS: ReadonlySet<CategoryName> = new Set(['advance-fee', 'sextortion', 'crypto-scam', 'jobs', 'finance', 'callback-scam']);
const SCAM_LETTER_WEIGHT = 6;
const SCAM_LETTER_WEIGHT_WITHOUT_STRONG_TERM = 8;
/**
 * Session 15: the callback lure (a renewal or order "not authorised by you? call us", a tech-support alert) is a letter only
 * with one of its strong terms: a genuine renewal receipt's words ("has been renewed", "automatically renewed",
 * "subscription", "renewal", "refund") reach 8 without one. Without the letter, a callback lure in a language the classifier
 * does not read and without a brand claim scored its category's 1.5 and stayed clean.
 */
const SCAM_LETTER_ONLY_WITH_STRONG_TERM: ReadonlySet<CategoryName> = new Set(['callback-scam']);

/**
 * Issue 17, session 14: the advance fee itself and the charity's untraceable channel, findings of their own in any letter's
 * length (the two-sentence "your loan is approved, pay only the processing fee" had too few words to be a scam letter).
 * CONTENT_ADVANCE_FEE_ASKED: a fee's name, the condition that it is paid first, and a payout (loan, prize, inheritance);
 * CONTENT_DONATION_UNTRACEABLE: a donation asked for and a money-transfer service, gift cards or PayPal friends-and-family.
 * Neither in a text that warns about the scheme or says there is no fee (the scam-warning rows).
 */
const DATING_WEIGHT = new Map(CATEGORY_TERMS.filter((r) => r.name === 'dating').map((r) => [r.term, r.weight]));
/** Dating rows that are a topic's bare word (terms.ts): alone they name what the text is about, not an advert. */
const DATING_TOPIC_WORDS = new Set(['sex', 'porn', 'xxx']);
const escaped = (words: readonly string[]) => words.map((w) => w.replace(/[.]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** A channel after a word that makes it the means (CHANNEL_AS_MEANS): fixed alternatives, one blank run between, linear. */
const CHANNEL_AS_MEANS_PATTERN = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped(CHANNEL_AS_MEANS)})\\s+(?:${escaped(UNTRACEABLE_CHANNELS)})(?![\\p{L}\\p{N}])`, 'iu'));

/** An invoice named, in the languages of the bank-change rows (Japanese: 請求書, 請求). */
const INVOICE_WORD = /invoice|rechnung|factur|fatura|factuur|fattur|請求/i;

function partFindings(hits: ReadonlyMap<CategoryName, { weight: number; terms: string[] }>, text: string, minWeight: number): Finding[] {
  if (hits.has('scam-warning')) return [];
  const terms = (name: CategoryName) => hits.get(name)?.terms ?? [];
  const out: Finding[] = [];
  const fee = terms('fee-name');
  const condition = terms('fee-condition');
  const payout = terms('payout');
  if (fee.length && condition.length && payout.length) {
    out.push({ id: 'CONTENT_ADVANCE_FEE_ASKED', evidence: `asked: ${[...fee, ...condition].join(', ')}; for: ${payout.slice(0, 5).join(', ')}`, data: { fee, condition, payout } });
  }
  const donation = terms('donation');
  const channel = terms('payment-channel');
  // A Japanese channel term carries its particle; the others must follow a preposition in the text.
  if (donation.length && channel.length && (channel.some((c) => HAS_JAPANESE.test(c)) || CHANNEL_AS_MEANS_PATTERN().test(text))) {
    out.push({ id: 'CONTENT_DONATION_UNTRACEABLE', evidence: `asked: ${donation.slice(0, 3).join(', ')}; by: ${channel.join(', ')}`, data: { donation, channel } });
  }
  // The dating category reached by other words than the advert's own ("looking for a man" is both: a roofer is looked for
  // too), and the text speaks as the advertised person (CONTENT_DATING_ADVERT).
  const advert = terms('dating-advert');
  if (advert.length && terms('dating').reduce((sum, t) => sum + (advert.includes(t) ? 0 : (DATING_WEIGHT.get(t) ?? 0)), 0) >= minWeight) {
    out.push({ id: 'CONTENT_DATING_ADVERT', evidence: `${advert.join(', ')}; ${terms('dating').slice(0, 5).join(', ')}`, data: { advert } });
  }
  // The debt collector's call (session 17): a debt, a legal threat, a deadline in hours and "call us now", all four (CONTENT_DEBT_CALLBACK).
  const debt = terms('debt');
  const threat = terms('legal-threat');
  const deadline = terms('deadline-hours');
  const call = terms('call-now');
  if (debt.length && threat.length && deadline.length && call.length) {
    out.push({ id: 'CONTENT_DEBT_CALLBACK', evidence: `debt: ${debt.slice(0, 3).join(', ')}; threat: ${[...threat.slice(0, 3), ...deadline.slice(0, 1)].join(', ')}; call: ${call.slice(0, 2).join(', ')}`, data: { debt, threat, deadline, call } });
  }
  // A supplier's "changed bank details" that keeps the reader from calling to check (session 17): all three (CONTENT_BANK_DETAILS_CHANGED).
  const bank = terms('bank-change');
  const pending = terms('pay-pending');
  const noCall = terms('no-call');
  if (bank.length && pending.length && noCall.length) {
    out.push({ id: 'CONTENT_BANK_DETAILS_CHANGED', evidence: `changed: ${bank.slice(0, 2).join(', ')}; pay: ${pending.slice(0, 2).join(', ')}; no check: ${noCall.slice(0, 2).join(', ')}`, data: { bank, pending, noCall } });
  } else if (bank.length && pending.length && INVOICE_WORD.test(text)) {
    // Session 64 (scam65): most such letters never keep the reader from calling; they only ask to "confirm by reply". The two
    // parts and an invoice are what a genuine supplier writes too, so they weigh little; who sends them decides
    // (CONTENT_BANK_DETAILS_NEW_STRANGER: an accounts department at free mail, or answered elsewhere). The invoice keeps out a
    // private landlord's or a club's "please pay future payments to our new account", which is no supplier's.
    out.push({ id: 'CONTENT_BANK_DETAILS_NEW', evidence: `changed: ${bank.slice(0, 2).join(', ')}; pay: ${pending.slice(0, 2).join(', ')}`, data: { bank, pending } });
  }
  return out;
}

/**
 * Spam categories from the term table (terms.ts) over the subject, the sender's name and the visible text: every category
 * whose distinct terms weigh at least `minWeight` is reported (a message may have several), with a small
 * finding each; the summed weight of all categories grades CONTENT_SPAM_TERMS(_MANY).
 */
export function categoriesCheck(config: ContentConfig['categories'], termIndex?: readonly (Int32Array | Uint8Array)[]): Check {
  // Paired with the themes table: one loop over the words finds both (the themes check then takes its part). `termIndex`:
  // the index as the build precomputed it (Services.contentTermIndex), else built.
  const [matcher] = categoryAndThemeMatchers(termIndex);
  const optOutWeight = new Map(CATEGORY_TERMS.filter((r) => r.name === 'marketing' && OPT_OUT_TERMS.has(r.term)).map((r) => [r.term, r.weight]));
  return {
    name: 'content.categories',
    description: 'Spam categories (health, dating, finance, phishing, malware lure, advance fee, jobs, marketing, sextortion, crypto wallet lures, callback scams)',
    emits: [...Object.values(CATEGORY_IDS), 'CONTENT_ADVANCE_FEE_MANY', 'CONTENT_SCAM_LETTER', 'CONTENT_ADVERT_OFFER', 'CONTENT_SPAM_TERMS', 'CONTENT_SPAM_TERMS_MANY', 'CONTENT_ADVANCE_FEE_ASKED', 'CONTENT_DONATION_UNTRACEABLE', 'CONTENT_DATING_ADVERT', 'CONTENT_DEBT_CALLBACK', 'CONTENT_BANK_DETAILS_CHANGED', 'CONTENT_BANK_DETAILS_NEW'],
    run(msg): CheckOutput {
      const text = termText(msg, config.maxTextChars);
      const hits = matcher.match(text);
      const findings: Finding[] = [];
      const categories: NonNullable<CheckOutput['categories']> = [];
      let total = 0;
      let letter: { name: CategoryName; weight: number; terms: string[] } | undefined;
      const allTerms: string[] = [];
      const warned = hits.has('scam-warning');
      for (const [name, { weight, terms, strongest }] of hits) {
        if (PART_NAMES.has(name)) continue;
        // The scam kinds with a finding of their own (and a class) do not also count as spam vocabulary.
        if (!OWN_KIND.has(name)) {
          total += weight;
          allTerms.push(...terms);
        }
        if (weight < config.minWeight) continue;
        const letterWeight = strongest >= 3 ? SCAM_LETTER_WEIGHT : SCAM_LETTER_ONLY_WITH_STRONG_TERM.has(name) ? Infinity : SCAM_LETTER_WEIGHT_WITHOUT_STRONG_TERM;
        if (!warned && SCAM_LETTER_KINDS.has(name) && weight >= letterWeight && weight > (letter?.weight ?? 0)) {
          letter = { name, weight, terms };
        }
        // An advert needs an offer: the opt-out lines alone (session 6: parcel and account lures end with them) are
        // not one. CONTENT_CATEGORY_MARKETING keeps counting them (a label for trends, 0.2 points); CONTENT_ADVERT_OFFER
        // (no points) says there is an offer, for the composites that must tell an advert from a notice.
        if (name === 'marketing') {
          const offer = weight - terms.reduce((sum, t) => sum + (optOutWeight.get(t) ?? 0), 0);
          if (offer >= config.minWeight) findings.push({ id: 'CONTENT_ADVERT_OFFER', evidence: terms.filter((t) => !optOutWeight.has(t)).join(', '), data: { weight: offer } });
        }
        if (name === 'sextortion' && strongest < 3 && weight < SEXTORTION_WEIGHT_WITHOUT_STRONG_TERM) continue;
        // A bare topic word named once ("sex", "porn", "xxx") is what a news story or a list thread about spam talks about,
        // not a dating advert (session 43: on the training split "sex" alone named the category on 28 ham and 28 spam):
        // the category needs a second word then. The words still count towards CONTENT_SPAM_TERMS.
        if (name === 'dating' && terms.length === 1 && DATING_TOPIC_WORDS.has(terms[0]!)) continue;
        categories.push({ name, evidence: terms });
        findings.push({ id: CATEGORY_IDS[name as Exclude<CategoryName, PartName>], evidence: terms.join(', '), data: { category: name, weight } });
        // A text that warns about the scam is no letter (as CONTENT_SCAM_LETTER): a regulator's warning about
        // recovery rooms or fake brokers names the scam's words as densely as the scam (session 42).
        if (name === 'advance-fee' && weight >= ADVANCE_FEE_MANY_WEIGHT && !warned) {
          findings.push({ id: 'CONTENT_ADVANCE_FEE_MANY', evidence: terms.join(', '), data: { category: name, weight } });
        }
      }
      // One finding for the densest kind: a letter is one scam, its points are not counted once per kind.
      if (letter) findings.push({ id: 'CONTENT_SCAM_LETTER', evidence: `${letter.name}: ${letter.terms.join(', ')}`, data: { category: letter.name, weight: letter.weight } });
      findings.push(...partFindings(hits, text, config.minWeight));
      if (total >= config.spamTermsManyWeight) {
        findings.push({ id: 'CONTENT_SPAM_TERMS_MANY', evidence: allTerms.slice(0, 20).join(', '), data: { weight: total } });
      } else if (total >= config.spamTermsWeight) {
        findings.push({ id: 'CONTENT_SPAM_TERMS', evidence: allTerms.slice(0, 20).join(', '), data: { weight: total } });
      }
      return { findings, categories };
    },
  };
}
