import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check } from '../types.js';
import { CappedFindings, shortUrl, type LinkFactsSource } from './facts.js';
import type { OwnDomain } from './lures.js';

/**
 * QR codes ("quishing"): the link a phone opens when the reader scans a picture, a grid of HTML cells or block
 * characters (src/files/qr/). Their URLs are links of the message (source `qr`), so every link check reads them;
 * this check says what only a QR code tells: that the link was hidden in one, that it goes where nothing else of
 * the message goes, that it is the message's only way out, and that the text asks to scan it to sign in. What was
 * not read (a limit, a damaged picture) is reported too.
 */

/**
 * Words (folded: lower case, accents dropped) of a request to sign in, re-authenticate or verify an account, or
 * to open a shared document — what a QR lure asks the reader's phone to do. Not "confirm", "expires" or "account"
 * alone: tickets and bookings say those.
 */
const SCAN_LURE_WORDS = [
  'authenticat', 'authentifi', 'autenticac', 'autentica', 'mfa', '2fa', 'two-factor', 'two factor', 'multi-factor', 'multifactor', '2-step', 'two-step',
  'password', 'passcode', 'passwort', 'kennwort', 'mot de passe', 'contrasena', 'senha', 'wachtwoord',
  'verify your', 'verification required', 'verify account', 're-verify', 'reverify', 'verifizieren', 'verifier votre', 'verificar su', 'verifique', 'verifieer',
  'validate your', 'revalidate', 're-validate', 'sign in', 'sign-in', 'log in to', 'login to', 'anmelden', 'connectez', 'iniciar sesion', 'inloggen',
  'suspended', 'locked', 'unlock', 'reactivate', 'deactivat', 'mailbox', 'voicemail', 'docusign', 'shared a document', 'document shared',
  'view document', 'review document', 'sign the document', 'payroll', 'security update',
  '認証', '本人確認', 'パスワード', 'ログイン', '多要素', '二段階', 'アカウントの確認', 'アカウントが停止', 'アカウントがロック',
];
const ACCENTS = /[\u0300-\u036f]/g;

/** The first scan-lure word in the subject and the shown text (4,000 characters), or undefined. */
export function scanLureWord(msg: Pick<ParsedMessage, 'subject' | 'visibleText' | 'text' | 'html'>): string | undefined {
  const text = `${msg.subject.slice(0, 400)}\n${shownText(msg).slice(0, 4000)}`.normalize('NFKD').replace(ACCENTS, '').toLowerCase();
  return SCAN_LURE_WORDS.find((w) => containsWord(text, w));
}

/** Whether `word` occurs in `text` not as the tail of a longer Latin word ("design in" is no "sign in"). */
function containsWord(text: string, word: string): boolean {
  const latin = /^[a-z0-9]/.test(word);
  for (let at = text.indexOf(word), n = 0; at >= 0 && n < 50; at = text.indexOf(word, at + 1), n++) {
    if (!latin || at === 0 || !/[a-z0-9]/.test(text[at - 1]!)) return true;
  }
  return false;
}

export function linkQrCheck(source: LinkFactsSource, isOwn: OwnDomain): Check {
  return {
    name: 'links.qr',
    description: 'QR codes in pictures, HTML cells and block characters: where they lead, whether they are the only link, what the text asks',
    emits: ['URL_QR_CODE', 'URL_QR_HOST_ELSEWHERE', 'URL_QR_ONLY_LINK', 'URL_QR_SCAN_LURE', 'URL_QR_PAYLOAD', 'URL_QR_LIMIT_REACHED', 'URL_QR_IMAGE_BROKEN'],
    run(msg) {
      const facts = source.factsOf(msg);
      const reading = facts.extraction.qr;
      if (!reading) return { findings: [] };
      const capped = new CappedFindings();
      const { findings } = capped;
      for (const problem of reading.problems) {
        if (problem.kind === 'limit') capped.emit('URL_QR_LIMIT_REACHED', `${problem.where}: ${problem.detail}`, { where: problem.where, detail: problem.detail });
        else capped.emit('URL_QR_IMAGE_BROKEN', `${problem.where}: ${problem.detail}`, { where: problem.where, detail: problem.detail });
      }
      for (const code of reading.codes) {
        if (code.kind !== 'url') capped.emit('URL_QR_PAYLOAD', `${code.kind} in a QR code in ${code.where}: ${shortUrl(code.payload, 60)}`, { kind: code.kind, where: code.where, carrier: code.carrier });
      }

      const from = msg.from[0];
      const senderDomain = (from?.asciiDomain || from?.domain || '').toLowerCase();
      // The message's web links by where they were found: in a QR code, or anywhere else a reader clicks.
      const qrUrls: { href: string; domain: string; where: string }[] = [];
      const otherDomains = new Set<string>();
      let otherElsewhere = false;
      for (const { url, occurrences } of facts.extraction.urls) {
        if (url.scheme !== 'http' && url.scheme !== 'https') continue;
        const inQr = occurrences.find((o) => o.source === 'qr');
        if (inQr) qrUrls.push({ href: url.href, domain: url.domain, where: inQr.text });
        for (const o of occurrences) {
          if (o.source === 'qr' || o.source === 'redirect-param' || !CLICKED_ELSEWHERE.has(o.source)) continue;
          otherDomains.add(url.domain);
          if (!isOwn(url.domain, senderDomain)) otherElsewhere = true;
        }
      }
      if (qrUrls.length === 0) return { findings };
      for (const q of qrUrls) {
        capped.emit('URL_QR_CODE', `${q.where} → ${shortUrl(q.href)}`, { href: q.href, where: q.where });
        if (q.domain && !otherDomains.has(q.domain) && !isOwn(q.domain, senderDomain)) {
          capped.emit('URL_QR_HOST_ELSEWHERE', `${q.domain}, not the sender's ${senderDomain || '(no domain)'} nor any other link's: ${shortUrl(q.href)}`, { href: q.href, domain: q.domain });
        }
      }
      // The only way out: nothing else to click but the sender's own links — and when there are such links, a code
      // that leads elsewhere than the sender (a ticket's code to the box office's own site, beside its order page, is not).
      if (!otherElsewhere && (otherDomains.size === 0 || qrUrls.some((q) => !isOwn(q.domain, senderDomain)))) {
        capped.emit('URL_QR_ONLY_LINK', `${qrUrls.length} link(s) only in QR codes, no other link but the sender's own: ${shortUrl(qrUrls[0]!.href)}`, { hrefs: qrUrls.map((q) => q.href).slice(0, 5) });
      }
      const word = scanLureWord(msg);
      if (word) capped.emit('URL_QR_SCAN_LURE', `"${word}" in a message whose link is a QR code`, { word });
      return { findings };
    },
  };
}

/** Where a reader clicks, besides a QR code (not a loaded picture or style sheet). */
const CLICKED_ELSEWHERE = new Set<string>(['a', 'area', 'form', 'iframe', 'meta-refresh', 'other', 'text', 'attachment']);
