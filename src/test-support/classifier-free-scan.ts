import { defaultConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import type { ScanReport } from '../scan/report.js';
import { htmlEml } from './html-eml.js';

/**
 * Scanners with the classifier switched off (session 29), so that a composite's table rows show what the rules decide alone:
 * `scanner` trusts no Authentication-Results, `trusted` trusts mx.reader.example's (rows with `dmarcPass`).
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const config = defaultConfig();
const noClassifier = { ...config, content: { ...config.content, classifier: { ...config.content.classifier, enabled: false } } };
export const scanner = await createScanner({ config: noClassifier, services: { now: () => NOW } });
export const trusted = await createScanner({ config: { ...noClassifier, trustedAuthservIds: ['mx.reader.example'] }, services: { now: () => NOW } });

/** An HTML message from `from` to reader@mailbox.example, received by mx.reader.example. */
export function mail(from: string, subject: string, html: string, extra: readonly string[] = []): Uint8Array {
  const received = 'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000';
  const date = 'Date: Mon, 2 Jun 2025 07:58:00 +0000';
  return htmlEml([...extra, received, `From: ${from}`, 'To: reader@mailbox.example', `Subject: ${subject}`, date, `Message-ID: <m.${subject.length}@sender.example>`], html);
}

/**
 * A plain-text message of the given header lines (From, To, Reply-To, Subject, … as the test needs them), received by
 * mx.reader.example (session 52: letters whose recipients or answer address are the point).
 */
export function textMail(headers: readonly string[], text: string): Uint8Array {
  const received = 'Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000';
  const head = [received, ...headers, 'Date: Mon, 2 Jun 2025 07:58:00 +0000', 'Message-ID: <m.1@sender.example>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'];
  return new TextEncoder().encode([...head, '', text, ''].join('\r\n'));
}

/** The ids that count (not replaced by a composite). */
export const ids = (r: ScanReport): string[] => r.findings.filter((f) => !f.replacedBy).map((f) => f.id);
/** Authentication-Results of mx.reader.example passing SPF, DKIM and DMARC for `domain`. */
export const dmarcPass = (domain: string): string[] => [`Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`];
