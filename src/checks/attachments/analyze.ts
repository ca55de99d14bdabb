import { AnalysisSession, type FileReport } from '../../files/analyze/index.js';
import { pdfLocked } from '../../files/pdf/index.js';
import type { ClamdService } from '../../files/clamd/index.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, CheckSetup, Finding, Iocs } from '../types.js';
import type { AttachmentsConfig } from './config.js';
import { allFiles, findingsForReport, isDangerous } from './findings.js';
import { passwordsFromText, passwordsToTry } from './passwords.js';
import { webPagesOnly } from './internet-shortcut.js';
import { calendarFindings } from './calendar.js';
import { ATTACHED_WORD, payloadOfAddress } from '../links/lures.js';
import { FINDING_IDS } from '../../core/finding-ids.js';
import { registrableDomain } from '../../brands/registry.js';
import { TermMatcher } from '../content/match.js';
import { CATEGORY_TERMS } from '../content/terms.js';
import { callbackChargeInDocument, cryptoClaimInText } from '../content/scam-structure.js';
import { shownText } from '../../mail/shown-text.js';

/** The results of analysing a message's attachments: reports plus the findings and IOCs they yield. */
export interface AttachmentAnalysis {
  reports: FileReport[];
  output: CheckOutput;
}

/**
 * Analyses every attachment of a message (synchronously, within the configured limits) and returns the
 * findings, the hashes of every file and inner file, and the URLs found inside documents.
 */
export function analyzeAttachments(msg: ParsedMessage, config: AttachmentsConfig, knownBad: ReadonlySet<string>, now: Date, signal?: AbortSignal): AttachmentAnalysis {
  const encryptedHint = msg.attachments.length > 0;
  // Passwords are read whenever there are attachments: encrypted archives, PDFs and Office files alike.
  const passwords = config.passwordsFromBody && encryptedHint ? passwordsFromText(`${msg.text}\n${msg.visibleText}`) : [];
  // Tried on encrypted PDFs: the letter's passwords, then a few guesses the /U check settles (passwordsToTry; archives, whose
  // key derivation is costly, get the letter's alone). The links family and the QR reader try the same list (letterPasswords),
  // so an encrypted PDF opens alike for all three. Read only when a PDF names /Encrypt: the guesses are another pass over the
  // letter.
  const pdfPasswords = (): readonly string[] => (config.passwordsFromBody && encryptedHint ? passwordsToTry(`${msg.text}\n${msg.visibleText}`, 16, passwords) : []);
  const session = new AnalysisSession({ limits: config.limits, passwords, pdfPasswords, ...(signal ? { signal } : {}) });
  const reports: FileReport[] = [];
  const findings: Finding[] = [];
  const bookmarkUrls: string[] = [];
  for (const att of msg.attachments) {
    const name = att.filename || `part-${att.partPath || 'root'}`;
    const report = session.analyze({ name, bytes: att.content, ...(att.declaredType ? { declaredType: att.declaredType } : {}) });
    reports.push(report);
    findings.push(...findingsForReport(report, { now, knownBad }));
  }
  const files = reports.flatMap(allFiles);
  // An internet shortcut that only opens web pages, attached or in an archive, is a shared link: its addresses join the
  // message's indicators.
  for (const f of files) {
    const bookmark = f.internetShortcut && webPagesOnly(f.internetShortcut.targets);
    if (bookmark) bookmarkUrls.push(...bookmark);
  }
  const encrypted = files.filter((f) => (f.archive?.encryptedEntries.length ?? 0) > 0);
  if (encrypted.length > 0 && passwords.length > 0) {
    const opened = encrypted.find((f) => f.archive?.openedWith !== undefined);
    findings.push({
      id: 'ATTACH_ARCHIVE_PASSWORD_IN_BODY',
      evidence: opened ? `"${opened.archive!.openedWith}" opens ${opened.path}` : `body gives password "${passwords[0]}" for ${encrypted[0]!.path}`,
      data: { passwords, opened: opened?.path ?? null },
    });
  }
  findings.push(...documentLureFindings(msg, files, passwords));
  findings.push(...documentWordsFindings(files, msg));
  findings.push(...documentShapeFindings(msg, files));
  const payloadLink = documentPayloadLink(findings);
  if (payloadLink) findings.push(payloadLink);
  const referred = documentReferred(msg, findings);
  if (referred) findings.push(referred);
  const cryptoClaim = documentCryptoClaim(msg, findings);
  if (cryptoClaim) findings.push(cryptoClaim);
  findings.push(...calendarFindings(msg));
  const hashes: NonNullable<Iocs['hashes']> = files.filter((f) => f.hashes).map((f) => ({ name: f.path, md5: f.hashes!.md5, sha1: f.hashes!.sha1, sha256: f.hashes!.sha256, size: f.size }));
  const urls = new Set<string>(bookmarkUrls);
  for (const f of files) {
    f.pdf?.uris.forEach((u) => /^https?:\/\//i.test(u) && urls.add(u));
    f.html?.urls.forEach((u) => urls.add(u));
    f.office?.macros?.urls.forEach((u) => urls.add(u));
    f.office?.externalRelationships.forEach((r) => /^https?:\/\//i.test(r.target) && r.type !== 'hyperlink' && urls.add(r.target));
  }
  // Each output and its IOCs made by one literal with all its fields, not fields spread in or added after: such a map
  // can be dropped at a full collection, and the engine's code compiled for it deoptimised on the next (NOTES, issue 18,
  // session 21). Same fields in the same order as before.
  const iocs: Iocs = urls.size ? { hashes, urls: [...urls].slice(0, 200) } : { hashes };
  const dangerous = files.filter(isDangerous);
  if (dangerous.length > 0 || findings.some((f) => /^ATTACH_(MACRO_|HTML_SMUGGLING|REMOTE_TEMPLATE|RTF_EXPLOIT|PDF_LAUNCH)/.test(f.id))) {
    const categories = [{ name: 'malware-lure', evidence: [...new Set([...dangerous.map((d) => d.path), ...findings.filter((f) => /^ATTACH_(MACRO_|HTML_SMUGGLING|REMOTE_TEMPLATE)/.test(f.id)).map((f) => f.data?.file as string)])].slice(0, 10) }];
    return { reports, output: { findings, iocs, categories } };
  }
  return { reports, output: { findings, iocs } };
}

/** The document lures a letter can send the reader to (the document is a link, a linked picture, or locked with its password). */
const DOCUMENT_LURE_IDS: ReadonlySet<string> = new Set(['ATTACH_PDF_LINK_LURE', 'ATTACH_OFFICE_LINK_LURE', 'ATTACH_DOCUMENT_IMAGE_LINK', 'ATTACH_DOCUMENT_PASSWORD_IN_BODY']);
/** The stretch of the letter read for a word presenting the attachment. */
const REFERRED_TEXT_CHARS = 4000;
/**
 * The letter asks the reader to fill something in or sign in (a form or a sign-in page behind the document's link: data typed,
 * not a file opened) — en, pt, es, de, fr, it, nl, ja: "fill in your document to complete the refund", "sign in with your
 * account to view it", "preencha", "faça login", "rellene", "inicie sesión", "ausfüllen", "melden Sie sich an", "remplissez",
 * "connectez-vous", "compila", "accedi", "invullen", "inloggen", "入力", "ログイン".
 */
const TYPE_IN_TERMS: readonly string[] = [
  'fill in', 'fill out', 'fill your', 'filling in', 'complete the form', 'sign in', 'sign-in', 'signin', 'log in', 'login', 'log on', 'logon',
  'preench', 'rellen', 'inicie sesi', 'iniciar sesi', 'inicia sesi', 'ausfüll', 'ausfuell', 'melden sie sich', 'anmelden', 'einloggen',
  'remplir', 'remplissez', 'remplissant', 'connectez', 'identifiez', 'compila', 'accedi', "effettua l'accesso", 'invullen', 'inloggen',
  '入力', '記入', 'ログイン', 'サインイン',
];

/**
 * Session 42 (issue 17, engineer mal42): the letter sends the reader to the attached document ("Informações em anexo", "Veja
 * como no arquivo em anexo", "Check the PDF we attached", "siehe Anhang", "添付ファイルをご確認ください"; links/lures.ts
 * ATTACHED_WORD in en/de/fr/es/pt/it/nl/ja) while that document is one of the document lures above. Informational (0): the
 * malware-class composite reads it — what the reader is asked to do is open the file.
 */
export function documentReferred(msg: ParsedMessage, findings: readonly Finding[]): Finding | null {
  const lure = findings.find((f) => DOCUMENT_LURE_IDS.has(f.id));
  if (!lure) return null;
  const text = `${msg.visibleText.slice(0, REFERRED_TEXT_CHARS)}\n${msg.text.slice(0, REFERRED_TEXT_CHARS)}`;
  const word = ATTACHED_WORD.exec(text);
  if (!word) return null;
  const lower = text.toLowerCase();
  if (TYPE_IN_TERMS.some((t) => lower.includes(t))) return null;
  const file = (lure.data?.file as string | undefined) ?? '';
  return { id: 'ATTACH_DOCUMENT_REFERRED', evidence: `the letter says "${word[0].trim()}" and hands over ${file || 'the document'} (${lure.id})`, data: { word: word[0].trim(), file, lure: lure.id } };
}

/** The document lures whose link is the reader's way on: a link, or a picture that is one (not a locked document). */
const DOCUMENT_LINK_IDS: ReadonlySet<string> = new Set(['ATTACH_PDF_LINK_LURE', 'ATTACH_OFFICE_LINK_LURE', 'ATTACH_DOCUMENT_IMAGE_LINK']);
/**
 * Session 59 (issue 17, helper mal59): the document lure whose link (a PDF's or an Office picture's link, a linked picture) names
 * a file to download by its address — a program, a script, an archive (`…/Aanslag_2024.zip`: links/lures.ts payloadOfAddress) —
 * rather than a web page. A document whose only active content is a link to a page is a credential lure's carrier (the labels
 * call "see the attached document" from a bank whose PDF is one linked picture to a sign-in page cred: design 926, 2073, 226);
 * this, or script, a launch action or an embedded file in the PDF, is what makes it hand over malware
 * (ATTACH_MALWARE_DOCUMENT_TO_OPEN). Informational (0).
 */
export function documentPayloadLink(findings: readonly Finding[]): Finding | null {
  for (const f of findings) {
    if (!DOCUMENT_LINK_IDS.has(f.id)) continue;
    const href = f.data?.href as string | undefined;
    const file = href ? payloadOfAddress(href) : undefined;
    if (file) return { id: 'ATTACH_DOCUMENT_PAYLOAD_LINK', evidence: `${(f.data?.file as string | undefined) ?? 'the document'} links to the file ${file.slice(0, 80)} (${f.id}): ${href!.slice(0, 120)}`, data: { file: f.data?.file ?? '', href: href!, payload: file, lure: f.id } };
  }
  return null;
}

/** A file name's separators, read as blanks ("Active.BTC.Balance.0.7495.pdf", "Your_transfer_BTC.pdf"). */
const NAME_SEPARATORS = /[._]+/g;
/**
 * A sum with its currency or coin, the sign before or after the digits ("22.921$", "$ 19,402", "R$ 98.400", "24.118 €",
 * "0.7495 BTC"; the file name's "0 7495 Bitcoin" too): with a coin named and a document that is one link, it is the payout.
 */
const SUM_NAMED = /(?:[$€£₿]\s?\d[\d.,]{0,14}|\d[\d.,]{0,14}\s?(?:[$€£円]|(?:usd|eur|euros?|dollars?|btc|eth|usdt|bitcoin)(?![\p{L}\p{N}])))/iu;

/**
 * Session 50 (issue 17, helper pot50): a crypto payout to claim whose link is the attached document's (ATTACH_PDF_LINK_LURE,
 * ATTACH_OFFICE_LINK_LURE, ATTACH_DOCUMENT_IMAGE_LINK) — subject "Bitcoin__Transfer__0.7495__BTC", a line "You are now rich
 * 22271$ on your balance" or "quickly withdraw your 28,281$" over a line of filler, and a PDF "Active.BTC.Balance…pdf" that is
 * one link to a shortener. The content family's CONTENT_CRYPTO_CLAIM asks for a link in the message and finds none; the words
 * are read the same way (content/scam-structure.ts cryptoClaimInText: a crypto asset named, a claim in the second person or a
 * sum named — SUM_NAMED —, no warning about the scheme) in the subject, the shown text and the documents' names. The coin's
 * sum in the subject ("Money.transfer.0.7495.Bitcoin") is the family's constant; the line varies ("Accounts with a balance of
 * 22.921$ will be blocked", "12,926$ burn out in 24 hours"). Informational (0): the composite
 * PHISH_CRYPTO_CLAIM_DOCUMENT weighs who sent it.
 */
export function documentCryptoClaim(msg: ParsedMessage, findings: readonly Finding[]): Finding | null {
  const lure = findings.find((f) => DOCUMENT_LINK_IDS.has(f.id));
  if (!lure) return null;
  const names = msg.attachments.slice(0, 10).map((a) => a.filename.replace(NAME_SEPARATORS, ' ')).join('\n');
  const claim = cryptoClaimInText(msg, `${msg.subject}\n${names}\n${shownText(msg)}`, SUM_NAMED);
  if (!claim) return null;
  const file = (lure.data?.file as string | undefined) ?? '';
  return {
    id: 'ATTACH_DOCUMENT_CRYPTO_CLAIM',
    evidence: `${claim.asset}: ${claim.claim.slice(0, 3).join(', ')}; the way on is ${file || 'the attached document'} (${lure.id})`,
    data: { asset: claim.asset, claim: claim.claim, file, lure: lure.id },
  };
}

/** Visible characters (white space aside) below which a message leaves what it says to its attachment. */
export const LURE_TEXT_CHARS = 400;

/** Format characters, combining marks and fillers that have no place in a file name once it is NFC-normalised. */
const NAME_FILLER = /[\p{Cf}\p{Mn}\u034f\u115f\u1160\u3164\uffa0]/u;

/**
 * Message-level lures carried by a document (issue 17): the body says next to nothing and hands the reader a
 * PDF or Office document whose link leads elsewhere than the sender, or an encrypted PDF or Office file with its password (the
 * encryption hides the link or macro from scanners); and file names stuffed with invisible characters between
 * letters (`D\u034fe\u034ft\u034fa\u034fi\u034fl\u034fs.pdf`) so that no filter reads the word.
 */
export function documentLureFindings(msg: ParsedMessage, files: readonly FileReport[], passwords: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const att of msg.attachments.slice(0, 50)) {
    const name = att.filename.normalize('NFC');
    if (NAME_FILLER.test(name)) {
      findings.push({ id: 'ATTACH_NAME_OBFUSCATED', evidence: `${JSON.stringify(name.slice(0, 120))} hides invisible characters between its letters`, data: { file: name.slice(0, 256) } });
      break;
    }
  }
  const ownText = visibleCharsUpTo(msg.visibleText, LURE_TEXT_CHARS + 1);
  if (ownText > LURE_TEXT_CHARS) return findings;
  const elsewhere = linksElsewhereThanSender(msg);
  for (const f of files) {
    const link = f.pdf?.uris.find(elsewhere);
    if (link) {
      findings.push({ id: 'ATTACH_PDF_LINK_LURE', evidence: `${f.path} links to ${link.slice(0, 120)}; the message itself says ${ownText} characters`, data: { file: f.path, href: link, textChars: ownText } });
      break;
    }
  }
  // The same lure as an Office document (session 9: a PowerPoint whose one slide is a picture hyperlinked to the landing
  // page, from free mail, "INFO ATTACH. Client ID"): a whole picture or shape that links to another domain. A hyperlink on
  // a run of text is an ordinary document's (a report citing a page); the relationships that load content on opening
  // (template injection) are ATTACH_REMOTE_TEMPLATE's.
  for (const f of files) {
    const link = f.office?.pictureLinks.find(elsewhere)?.trim();
    if (link) {
      findings.push({ id: 'ATTACH_OFFICE_LINK_LURE', evidence: `${f.path}: a picture links to ${link.slice(0, 120)}; the message itself says ${ownText} characters`, data: { file: f.path, href: link, textChars: ownText } });
      break;
    }
  }
  // Locked: a PDF that needs a password (one that opens with none, an owner password only, is not locked to its reader), or
  // an encrypted Office file. A PDF the letter's password opened stays a locked document sent with its password: that is
  // what the letter did, and its content is judged besides (its links, words and shape, read from the decrypted copy).
  const locked = files.find((f) => (f.pdf?.encrypted && f.pdf.encryption?.openedWith !== 'empty') || f.office?.encrypted);
  if (locked && passwords.length > 0) {
    const opened = locked.pdf?.encryption?.openedWith === 'letter' ? locked.pdf.encryption.password : undefined;
    findings.push({
      id: 'ATTACH_DOCUMENT_PASSWORD_IN_BODY',
      evidence: opened !== undefined ? `body gives password "${opened}", which opens the encrypted ${locked.path}; the message itself says ${ownText} characters` : `body gives password "${passwords[0]}" for the encrypted ${locked.path}; the message itself says ${ownText} characters`,
      data: { file: locked.path, passwords: [...passwords], textChars: ownText, opened: opened !== undefined },
    });
  }
  return findings;
}

/**
 * The scams a document's own words name (issue 17): only the kinds with a class of their own — a callback invoice or
 * renewal with a number to call, a sextortion letter — and never the generic credential or spam vocabulary, which a
 * genuine invoice or statement shares. The same term table as the body's (src/checks/content/terms.ts), compiled once.
 */
let documentMatcher: TermMatcher<'callback-scam' | 'sextortion'> | undefined;

/** Weight of callback terms a document needs (the body's category threshold). */
const DOCUMENT_CALLBACK_WEIGHT = 3;
/** Sextortion needs a term rare outside the threat (3), or this much weight (as the body's category). */
const DOCUMENT_SEXTORTION_WEIGHT = 6;
/**
 * A telephone number to call: North American (`+1 (828) 423-1316`, `1-888-555-0100`, `(800) 555 0199`) or
 * international (`+44 20 7946 0958`). A callback invoice is nothing without one; a genuine one rarely asks to call.
 */
const PHONE = /(?:\+?1[\s.-]?)?\(?\b[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}\d/;

/**
 * ATTACH_DOCUMENT_CALLBACK_SCAM and ATTACH_DOCUMENT_SEXTORTION from the text documents show (the first document each); with the
 * message, ATTACH_DOCUMENT_CALLBACK_CHARGE (session 64): the document holds the callback charge's structure (content/
 * scam-structure.ts callbackChargeInDocument: a sum, a number to call, the charge disowned or to cancel, no web link to act on).
 */
export function documentWordsFindings(files: readonly FileReport[], msg?: ParsedMessage): Finding[] {
  const findings: Finding[] = [];
  const found = new Set<string>();
  for (const f of files) {
    if (!f.documentText) continue;
    documentMatcher ??= new TermMatcher(CATEGORY_TERMS.filter((r): r is (typeof r & { name: 'callback-scam' | 'sextortion' }) => r.name === 'callback-scam' || r.name === 'sextortion'));
    const hits = documentMatcher.match(f.documentText);
    const callback = hits.get('callback-scam');
    // The number may be the document's link rather than its text (a PDF's `tel:` action, as an HTML `<a href="tel:…">`).
    const phone = callback && callback.weight >= DOCUMENT_CALLBACK_WEIGHT ? PHONE.exec(f.documentText)?.[0] ?? f.pdf?.uris.find((u) => /^tel:/i.test(u))?.slice(4) : undefined;
    if (callback && phone && !found.has('callback')) {
      found.add('callback');
      findings.push({ id: 'ATTACH_DOCUMENT_CALLBACK_SCAM', evidence: `${f.path} says ${callback.terms.slice(0, 8).join(', ')} and gives ${phone.trim()} to call`, data: { file: f.path, terms: callback.terms, weight: callback.weight, phone: phone.trim() } });
    }
    const charge = msg && !found.has('charge') ? callbackChargeInDocument(msg, f.documentText, f.pdf?.uris ?? [], (callback?.weight ?? 0) >= DOCUMENT_CALLBACK_WEIGHT) : null;
    if (charge) {
      found.add('charge');
      findings.push({ id: 'ATTACH_DOCUMENT_CALLBACK_CHARGE', evidence: `${f.path}: call ${charge.phone} about ${charge.amount}${charge.pretext.length ? `: ${charge.pretext.join(', ')}` : ''}; no link to act on`, data: { file: f.path, ...charge } });
    }
    const sextortion = hits.get('sextortion');
    if (sextortion && (sextortion.strongest >= 3 || sextortion.weight >= DOCUMENT_SEXTORTION_WEIGHT) && !found.has('sextortion')) {
      found.add('sextortion');
      findings.push({ id: 'ATTACH_DOCUMENT_SEXTORTION', evidence: `${f.path} says ${sextortion.terms.slice(0, 8).join(', ')}`, data: { file: f.path, terms: sextortion.terms, weight: sextortion.weight } });
    }
  }
  return findings;
}

/** A link annotation covering at least this share of the page is the page's button (a "blurred document" covered by one link). */
export const IMAGE_LINK_SHARE = 0.15;
/** A document whose words are a lure says little: at most this many words… */
export const LURE_DOCUMENT_WORDS = 120;
/** …and this many characters other than white space (Japanese writes no spaces between words). */
export const LURE_DOCUMENT_CHARS = 800;

/**
 * The call to open, view or sign in that a credential lure's document is made of ("click here to view the document",
 * "secure document", "sign in to access", "you have a new voicemail", "Dokument anzeigen", "visualizar documento",
 * "ドキュメントを表示"). Not "invoice" or "statement" alone: genuine ones are documents too. Every part is a literal or
 * a bounded blank, so the pattern is linear.
 */
const ACCESS_CALL = /\b(?:click|tap|press)(?:\s+on)?(?:\s+(?:here|below|the\s+(?:button|link|icon)))?\s+to\s+(?:view|open|access|download|read|review|sign|see|retrieve|unlock|preview)|\b(?:view|open|access|download|review|retrieve|unlock|preview)(?:\s+(?:the|your|this|my))?(?:\s+(?:secure|secured|shared|encrypted|protected|full|complete|pending|original))?\s+(?:document|file|pdf|attachment|voicemail|voice\s+message|fax|message)s?\b|\b(?:secure|secured|encrypted|protected)\s+(?:pdf\s+)?(?:document|file|message|attachment)s?\b|\b(?:sign|log)\s*(?:in|on)\s+(?:with\s+your\s+\w+\s+)?to\s+(?:view|access|open|download|read|continue)|\bshared\s+(?:a|an|the|\d+)?\s*(?:document|file|folder|pdf)s?\s+with\s+you\b|\b(?:new|missed|unread)\s+(?:voicemail|voice\s+message|fax|secure\s+message)|\b(?:review\s+and\s+sign|docusign|adobe\s+sign|e-?sign(?:ature)?\s+request)|\b(?:dokument|datei|rechnung|nachricht)\s+(?:anzeigen|öffnen|ansehen|herunterladen)|\bklicken\s+sie\s+(?:hier|auf)|\bhier\s+klicken|\b(?:visualizar|abrir|acessar|baixar)\s+(?:o\s+|a\s+|seu\s+|sua\s+)?(?:documento|arquivo|fatura|boleto|mensagem)|\bclique\s+(?:aqui|no\s+botão)|\b(?:ver|abrir|acceder\s+al?|descargar)\s+(?:el\s+|su\s+|la\s+)?(?:documento|archivo|factura|mensaje)|\bhaga?\s+clic\s+(?:aquí|en)|\bhaz\s+clic|\b(?:voir|ouvrir|consulter|télécharger|accéder\s+au)\s+(?:le\s+|votre\s+|la\s+)?(?:document|fichier|facture|message)|\bcliquez\s+(?:ici|sur)|\b(?:bekijk|open|download)\s+(?:het\s+|uw\s+|de\s+)?(?:document|bestand|factuur|bericht)|\bklik\s+(?:hier|op)|(?:ドキュメント|文書|ファイル|請求書|書類|メッセージ)を(?:表示|開|確認|閲覧|ダウンロード)|(?:サインイン|ログイン)して|(?:こちら|ここ)をクリック/iu;

/**
 * A letter about the reader's account that is longer than a button but still a page: the account is on hold, suspended
 * or locked (ACCOUNT_PROBLEM) and the reader is sent to a button or to verify (ACCOUNT_CALL) — both, in at most
 * LURE_LETTER_WORDS words, with a link elsewhere than the sender. A genuine statement names no problem with the account
 * and asks no one to verify through a button.
 */
export const LURE_LETTER_WORDS = 300;
/** The account on hold, suspended, locked or restricted; unusual activity; a declined card (the same languages). */
const ACCOUNT_PROBLEM = /\baccount\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|where\s+|is\s+)?(?:temporar\w*\s+)?(?:(?:placed|put)(?:\s+on\s+ho[li]d)?|suspended|locked|limited|restricted|disabled|blocked|frozen|on\s+hold)|\b(?:placed|put)\s+your\s+(?:\w+\s+)?account\s+on\s+ho[li]d|\b(?:suspended|locked|limited|restricted|blocked)\s+your\s+(?:\w+\s+)?account|\bunusua[li]\s+(?:payment\s+|sign-?in\s+|login\s+)?activity|\b(?:card|payment)\s+(?:on\s+file\s+)?(?:has\s+been\s+|was\s+)?declined|\bconta\s+(?:foi\s+)?(?:bloqueada|suspensa|restrita)|\bcuenta\s+(?:ha\s+sido\s+)?(?:bloqueada|suspendida|restringida)|\bkonto\s+(?:wurde\s+)?(?:gesperrt|eingeschränkt)|\bcompte\s+(?:a\s+été\s+)?(?:suspendu|bloqué|restreint)|\baccount\s+is\s+geblokkeerd|アカウント(?:が|を)?(?:停止|凍結|ロック|制限)/iu;
/** The button or verification the account letter sends the reader to (English, Portuguese, Spanish, German, French, Dutch, Japanese). */
const ACCOUNT_CALL = /\b(?:click|tap|press|use)\s+(?:on\s+)?(?:the\s+)?(?:button|link)\s+below|\bvia\s+the\s+(?:button|link)\s+below|\b(?:click|tap)\s+here\s+to\s+(?:verify|confirm|update|restore|unlock|reactivate)|\b(?:verify|confirm|update)\s+(?:your|the\s+required)\s+(?:identity|information|account|details|card|billing|payment)|\bclique\s+(?:no\s+botão|aqui)|\bhaga?\s+clic\s+(?:en\s+el\s+botón|aquí)|\bklicken\s+sie\s+(?:auf\s+die\s+schaltfläche|hier)|\bcliquez\s+(?:sur\s+le\s+bouton|ici)|\bklik\s+(?:op\s+de\s+knop|hier)|(?:下記|以下)の(?:ボタン|リンク)|本人確認/iu;
/**
 * ACCESS_CALL, ACCOUNT_PROBLEM and ACCOUNT_CALL, for tests. The patterns are not exported: a module-level pattern that is
 * not exported is made on first use by the one-message CLI's build (src/runtime/lazy-patterns.ts), and only a document's
 * text needs these.
 */
export const documentLurePatterns = (): readonly RegExp[] => [ACCESS_CALL, ACCOUNT_PROBLEM, ACCOUNT_CALL];

/** Words of a text (runs between blanks), counted up to `max`. */
function wordsUpTo(text: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= max; i++) {
    const c = text.charCodeAt(i);
    const blank = c <= 32 || c === 0xa0 || c === 0x3000;
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

/**
 * The lures whose shape is the document itself (issue 17, items 1 and 6): whatever the body says,
 * - ATTACH_DOCUMENT_IMAGE_LINK: a PDF that draws no text (no font at all) but a picture, on at most three pages, with a
 *   link annotation covering a good part of a page and leading elsewhere than the sender (the "blurred document" that
 *   one click "opens"); or an Office document whose words were read and are none, with a picture that is a link elsewhere;
 * - ATTACH_DOCUMENT_CREDENTIAL_LURE: a document of a few words (LURE_DOCUMENT_WORDS) that calls to view, open or sign in
 *   (ACCESS_CALL), or a page of at most LURE_LETTER_WORDS that says the account is on hold (ACCOUNT_PROBLEM) and sends
 *   the reader to a button or to verify (ACCOUNT_CALL), and that carries a link elsewhere than the sender (a /URI action,
 *   a hyperlink relationship) — a fake "secure document", shared file, voicemail or account notice. A genuine invoice or
 *   statement with a link to the vendor's portal says more (lines, amounts, addresses), names no problem with the
 *   account and asks for no sign-in to "view the document".
 */
export function documentShapeFindings(msg: ParsedMessage, files: readonly FileReport[]): Finding[] {
  const findings: Finding[] = [];
  const elsewhere = linksElsewhereThanSender(msg);
  const linksOf = (f: FileReport): string[] => [
    ...(f.pdf?.uris ?? []),
    ...(f.office?.externalRelationships ?? []).filter((r) => r.type.toLowerCase() === 'hyperlink').map((r) => r.target),
  ].map((u) => u.trim()).filter(elsewhere);
  let image = false;
  let lure = false;
  for (const f of files) {
    if (image && lure) break;
    if (!image) {
      const shape = f.pdf && !pdfLocked(f.pdf) && !f.documentText ? f.pdf.shape : undefined;
      const share = shape && shape.pageArea > 0 ? Math.min(1, shape.linkArea / shape.pageArea) : 0;
      const pdfLink = shape && shape.fonts === 0 && shape.images > 0 && shape.pages >= 1 && shape.pages <= 3 && share >= IMAGE_LINK_SHARE ? linksOf(f)[0] : undefined;
      const officeLink = f.office && f.documentTextRead && !f.documentText ? f.office.pictureLinks.map((u) => u.trim()).find(elsewhere) : undefined;
      const link = pdfLink ?? officeLink;
      if (link) {
        image = true;
        const what = pdfLink ? `a picture and no text on ${shape!.pages} page${shape!.pages > 1 ? 's' : ''}, a link over ${Math.round(share * 100)} % of the page` : 'no words, a picture that is a link';
        findings.push({ id: 'ATTACH_DOCUMENT_IMAGE_LINK', evidence: `${f.path}: ${what}, to ${link.slice(0, 120)}`, data: { file: f.path, href: link, ...(pdfLink ? { pages: shape!.pages, linkShare: Math.round(share * 100) / 100 } : {}) } });
      }
    }
    if (!lure && f.documentText) {
      const text = f.documentText;
      const words = wordsUpTo(text, LURE_LETTER_WORDS + 1);
      if (words > LURE_LETTER_WORDS || visibleCharsUpTo(text, LURE_LETTER_WORDS * 8 + 1) > LURE_LETTER_WORDS * 8) continue;
      const short = words <= LURE_DOCUMENT_WORDS && visibleCharsUpTo(text, LURE_DOCUMENT_CHARS + 1) <= LURE_DOCUMENT_CHARS;
      const access = short ? ACCESS_CALL.exec(text)?.[0] : undefined;
      const problem = access ? undefined : ACCOUNT_PROBLEM.exec(text)?.[0];
      const call = access ?? (problem ? ACCOUNT_CALL.exec(text)?.[0] : undefined);
      const link = call ? linksOf(f)[0] : undefined;
      // Session 52 (helper mal52): a document whose one call leads to a file by its address (`…/Payment_Schedule.zip`) hands
      // over that file, not a page to sign in on: the download readings take it (URL_PAYLOAD_DOWNLOAD), not this one.
      if (call && link && payloadOfAddress(link) === undefined) {
        lure = true;
        const said = [problem, call].filter((w): w is string => w !== undefined).map((w) => `"${w.replace(/\s+/g, ' ').slice(0, 80)}"`).join(' and ');
        findings.push({ id: 'ATTACH_DOCUMENT_CREDENTIAL_LURE', evidence: `${f.path} says ${said} in ${words} words and links to ${link.slice(0, 120)}`, data: { file: f.path, call, ...(problem ? { problem } : {}), href: link, words } });
      }
    }
  }
  return findings;
}

/** Characters other than white space in `text`, counted up to `max` (a long body stops the count early). */
function visibleCharsUpTo(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** Asks clamd about each attachment (clamd unpacks archives itself). */
async function clamavFindings(msg: ParsedMessage, clamd: ClamdService, maxBytes: number): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const att of msg.attachments) {
    const name = att.filename || `part-${att.partPath}`;
    if (att.content.length > maxBytes) {
      findings.push({ id: 'ATTACH_CLAMAV_ERROR', evidence: `${name}: larger than ${maxBytes} bytes, not sent` });
      continue;
    }
    const result = await clamd.scan(att.content);
    if (result.status === 'infected') findings.push({ id: 'ATTACH_CLAMAV', evidence: `${name}: ${result.signature}`, data: { file: name, signature: result.signature } });
    else if (result.status === 'error') findings.push({ id: 'ATTACH_CLAMAV_ERROR', evidence: `${name}: ${result.message}` });
  }
  return findings;
}

/**
 * The attachments check: one pass over each attachment computes its facts (real type, name, hashes,
 * archive contents, macros, PE, PDF, HTML…) and emits every finding they support; ClamAV is asked too
 * when a clamd service is given.
 */
export function createAttachmentsCheck({ config: { attachments: config }, services }: CheckSetup): Check {
  const knownBad = services.knownBadHashes;
  const clamd = services.clamd;
  const maxClamdBytes = config.clamd?.maxBytes ?? 25 * 1024 * 1024;
  return {
    name: 'attachments.analyze',
    description: 'Real type, names, archives, executables, macros, documents, smuggling, hashes and ClamAV',
    emits: FINDING_IDS.attachments,
    run(msg, ctx) {
      if (msg.attachments.length === 0) return { findings: [] };
      const { output } = analyzeAttachments(msg, config, knownBad, ctx.now, ctx.signal);
      if (!clamd) return output;
      return clamavFindings(msg, clamd, maxClamdBytes).then((extra) => ({ ...output, findings: [...output.findings, ...extra] }));
    },
  };
}

/**
 * Whether a link leads elsewhere than the sender's registrable domain: an http(s) URL on another domain, or any http(s)
 * URL when the message has no sender domain. Anything else (mailto:, a URL the parser refuses) is not "elsewhere".
 */
function linksElsewhereThanSender(msg: ParsedMessage): (url: string) => boolean {
  const from = msg.from[0];
  const senderDomain = registrableDomain(from?.asciiDomain || from?.domain || '') ?? '';
  return (u) => {
    if (!/^https?:\/\//i.test(u.trim())) return false;
    try {
      const host = new URL(u.trim()).hostname;
      return !senderDomain || registrableDomain(host) !== senderDomain;
    } catch {
      return false;
    }
  };
}
