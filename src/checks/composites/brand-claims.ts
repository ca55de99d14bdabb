import type { FindingId } from '../../core/finding-ids.js';

/**
 * Composites of session 41 (issue 17, engineer cls41): a brand claimed by a message that is not the brand's, read from how
 * the message is written and where it says its brand lives rather than from its vocabulary. Rspamd-style expressions over
 * finding ids, registered in src/rules/composites.ts (COMPOSITES) and scored in src/rules/findings.ts; the shape is that
 * of src/rules/composites.ts's Composite (this layer may not import it).
 */
export interface BrandClaimComposite {
  expression: string;
  replaces?: readonly FindingId[];
}

/**
 * A brand or organisation claimed by someone who is not it: named in the subject or signature by a sender at another
 * domain, a brand's name in the display name, its own domain unauthenticated or forged, an organisation none of the
 * message's domains belongs to, lookalikes of a brand's domain or name.
 */
const CLAIMED_BY_ANOTHER =
  '(FROM_BRAND_SUBJECT | FROM_BRAND_DISPLAY_NAME | FROM_BRAND_FREEMAIL | FROM_BRAND_UNAUTHENTICATED | FROM_BRAND_SPOOFED | FROM_ORGANISATION_UNRELATED | FROM_GOVERNMENT_LOOKALIKE | LOOKALIKE_FROM_DOMAIN | LOOKALIKE_FROM_LOCAL_PART | LOOKALIKE_DISPLAY_NAME)';
/** Nothing answers for the message as the brand's or the sender's own: no DMARC pass for the From domain or the brand's. */
const UNAUTHENTICATED = '!AUTH_DMARC_PASS & !AUTH_DMARC_PASS_BRAND & !FROM_BRAND_AUTHENTICATED';

export const BRAND_CLAIM_COMPOSITES: { readonly [Id in FindingId]?: BrandClaimComposite } = {
  // Letters hidden inside words (MIME_HIDDEN_TEXT_IN_WORDS: `Led<span style="font-size:0">massif</span>ger`) in a message that
  // claims a brand or organisation it is not: the text is written for the reader to see the brand's words and for a filter to
  // read none of them. A brand's own mail, a newsletter or a shop's advert never splits its words so; combined with someone
  // else's brand it is an impersonation dressed against filters — a Ledger "security scan" sent through a shop's mailing
  // account, a bank's "Prime Digital" welcome from the bank's own domain unauthenticated. Counted on session 40's snapshot:
  // 47 of the 51 dev-pot messages outside the held-out part with the hidden runs claim a brand so (45 already phishing, all
  // hand labels among them cred), none of the 4,150 SpamAssassin ham, the SpamAssassin test split or the modern-ham probe
  // has the hidden runs at all. Other filter-evasion spellings (styled or lookalike letters, words joined, zero-width
  // characters) are not counted here: with a brand named they are brand adverts and scams as often (the pot's styled-letter
  // adverts are labelled spam).
  PHISH_HIDDEN_WORDS_BRAND: { expression: `MIME_HIDDEN_TEXT_IN_WORDS & ${CLAIMED_BY_ANOTHER} & ${UNAUTHENTICATED}` },
  // A link whose text claims to be a brand's official website (URL_OFFICIAL_SITE_ELSEWHERE: "Open the official website",
  // "página oficial", "offizielle Website", "公式サイト") leading to a host that is neither the sender's domain nor the domain of
  // the brand the subject or sender name names, in a message whose sender is not that brand: the link says where the brand
  // lives and lies. A brand's own mail (its domain, authenticated) is left alone.
  PHISH_OFFICIAL_SITE_ELSEWHERE: { expression: `URL_OFFICIAL_SITE_ELSEWHERE & ${CLAIMED_BY_ANOTHER} & ${UNAUTHENTICATED}` },
  // A brand's own mail that answers for itself — DMARC-authenticated as the brand's (FROM_BRAND_AUTHENTICATED), or from the
  // brand's own domain with nothing authenticating or failing it and every link on that domain (FROM_BRAND_OWN_DOMAIN that
  // is neither FROM_BRAND_UNAUTHENTICATED nor FROM_BRAND_SPOOFED: the OWN_LINKS_UNVERIFIABLE reading of session 24, where a
  // forger who sends the reader only to the brand gains nothing) — and every link on the sender's own domain: its click
  // tracking, web bugs and per-recipient tokens report to the brand that sent it, which knows the address already. They are
  // no sign of unwanted mail there, and are not counted (a bank's genuine marketing, design-3 ham 973, was flagged by the
  // classifier's low band plus these). Not when a link deceives or the text is a credential or callback lure: those are
  // the spoofer's moves, and their tracking stays counted. Known authentication that does not pass (dmarc=fail, or no pass)
  // keeps the brand's own domain untrusted (issue 17 item 5), so the tracking counts then too.
  URL_BRAND_OWN_TRACKING: {
    expression: `FROM_OWN_LINKS_ONLY & (FROM_BRAND_AUTHENTICATED | (FROM_BRAND_OWN_DOMAIN & !FROM_BRAND_UNAUTHENTICATED & !FROM_BRAND_SPOOFED)) & !(${[
      'URL_TEXT_DOMAIN_MISMATCH', 'URL_TEXT_BRAND_MISMATCH', 'URL_HTTPS_TEXT_HTTP_HREF', 'URL_IP_HOST', 'URL_IP_OBFUSCATED', 'URL_HOST_OBFUSCATED', 'URL_USERINFO',
      'URL_IDN_MIXED_SCRIPT', 'URL_DATA_URI', 'URL_JAVASCRIPT_URI', 'URL_FORM_EXTERNAL', 'URL_FORM_PASSWORD', 'LOOKALIKE_LINK',
      'CONTENT_CATEGORY_PHISHING', 'CONTENT_CATEGORY_CALLBACK_SCAM', 'CONTENT_CALLBACK_CHARGE', 'CONTENT_NOTICE_LURE',
    ].join(' | ')})`,
    replaces: ['URL_WEB_BUG', 'URL_UNIQUE_TOKEN', 'URL_EMAIL_IN_URL', 'URL_RECIPIENT_ADDRESS', 'URL_RECIPIENT_ENCODED'],
  },
};
