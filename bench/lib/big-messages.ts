import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Random } from '../../src/outbound/simulate/random.js';

/**
 * Writes the large messages of the memory benchmark into `dir`: each `sizeMb` MB, deterministic (a seeded
 * generator), the three shapes whose size lands in different places of a scan — an attachment (base64,
 * decoded and hashed by the attachments family), a plain-text body and an HTML body (decoded, rendered and
 * read by every text check). Returns the paths.
 */
export function writeBigMessages(dir: string, sizeMb: number): string[] {
  const target = sizeMb * 1024 * 1024;
  const seeded = new Random(1);
  const random = (): number => seeded.next();
  const header = (subject: string, contentType: string, extra = ''): string =>
    `From: Billing <billing@example.com>\r\nTo: you@example.org\r\nSubject: ${subject}\r\nDate: Thu, 22 Aug 2002 13:17:22 +0000\r\nMessage-ID: <${subject.replace(/\W/g, '')}@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n${extra}\r\n`;

  const binary = Buffer.alloc(Math.floor((target * 3) / 4) - 4096);
  for (let i = 0; i < binary.length; i += 4) binary.writeUInt32LE(Math.floor(random() * 0x100000000), i);
  const attachment = [
    header('invoice attached', 'multipart/mixed; boundary="b"'),
    '--b\r\nContent-Type: text/plain\r\n\r\nPlease find the invoice attached.\r\n',
    '--b\r\nContent-Type: application/octet-stream; name="invoice.bin"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="invoice.bin"\r\n\r\n',
    binary.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '\r\n--b--\r\n',
  ].join('');

  const words = ['invoice', 'payment', 'account', 'verify', 'hello', 'world', 'login', 'bank', 'click', 'today', 'http://example.net/a?id='];
  const lines: string[] = [];
  for (let size = 0, i = 0; size < target; i++) {
    const line = Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]!).join(' ').replace('id=', `id=${i}`);
    lines.push(line);
    size += line.length + 2;
  }
  const text = header('account notice', 'text/plain; charset=utf-8') + lines.join('\r\n');

  const rows: string[] = [];
  for (let size = 0, i = 0; size < target; i++) {
    const row = `<div class="c${i % 50}"><a href="http://host${i % 997}.example.com/p/${i}">item ${i}</a> <span style="display:none">hidden ${i}</span> offer text</div>\n`;
    rows.push(row);
    size += row.length;
  }
  const html = `${header('weekly offers', 'text/html; charset=utf-8')}<html><body>${rows.join('')}</body></html>\r\n`;

  return [
    ['big-attachment.eml', attachment],
    ['big-text.eml', text],
    ['big-html.eml', html],
  ].map(([name, content]) => {
    const file = path.join(dir, name!);
    writeFileSync(file, content!, 'latin1');
    return file;
  });
}

