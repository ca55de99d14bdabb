/**
 * Attachment-analysis throughput (MB/s of attachment bytes, and of bytes analysed after decompression)
 * and peak RSS, on a generated mix of large archives and documents: zips of text and random data,
 * tar.gz, PDFs with many Flate streams, macro documents, PE files, HTML with a smuggled payload.
 * Run: npm run bench:attachments
 */
import { deflateSync, gzipSync } from 'node:zlib';
import { defaultConfig } from '../src/config/load.js';
import { analyzeAttachments } from '../src/checks/attachments/analyze.js';
import { buildOle, buildVbaDir, ovbaCompressLiteral } from '../src/files/test-support/ole-builder.js';
import { messageWith } from '../src/files/test-support/message.js';
import { buildPe } from '../src/files/test-support/pe-builder.js';
import { buildZip } from '../src/files/test-support/zip-builder.js';

let seed = 42;
function random(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return b;
}
function text(n: number): Buffer {
  const words = ['invoice', 'payment', 'shipment', 'order', 'please', 'find', 'attached', 'document', 'regards', 'account', '請求書', 'ご確認'];
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    const w = words[(seed = (seed * 1103515245 + 12345) >>> 0) % words.length]!;
    parts.push(w);
    len += w.length + 1;
  }
  return Buffer.from(parts.join(' ')).subarray(0, n);
}

const MB = 1024 * 1024;
const attachments: { filename: string; content: Uint8Array }[] = [];
for (let i = 0; i < 4; i++) attachments.push({ filename: `archive${i}.zip`, content: buildZip(Array.from({ length: 8 }, (_, k) => ({ name: `part${k}.${k % 2 ? 'bin' : 'txt'}`, data: k % 2 ? random(MB) : text(2 * MB) }))) });
attachments.push({ filename: 'logs.tar.gz', content: gzipSync(Buffer.concat(Array.from({ length: 4 }, () => text(2 * MB)))) });
for (let i = 0; i < 3; i++) {
  const streams = Array.from({ length: 200 }, (_, k) => {
    const body = deflateSync(text(32 * 1024));
    return Buffer.concat([Buffer.from(`${k + 1} 0 obj << /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream endobj\n')]);
  });
  attachments.push({ filename: `report${i}.pdf`, content: Buffer.concat([Buffer.from('%PDF-1.7\n'), ...streams, Buffer.from('<< /URI (https://example.com/x) >>\n%%EOF\n')]) });
}
const macro = 'Attribute VB_Name = "M"\r\nSub AutoOpen()\r\n' + 'x = x & Chr(65)\r\n'.repeat(20_000) + 'Shell x\r\nEnd Sub\r\n';
for (let i = 0; i < 5; i++) attachments.push({ filename: `doc${i}.doc`, content: buildOle({ WordDocument: random(256 * 1024), 'Macros/VBA/dir': ovbaCompressLiteral(buildVbaDir([{ name: 'M' }])), 'Macros/VBA/_VBA_PROJECT': Buffer.alloc(7), 'Macros/VBA/M': ovbaCompressLiteral(macro) }) });
for (let i = 0; i < 5; i++) attachments.push({ filename: `setup${i}.exe`, content: buildPe({ randomCode: 2 * MB, imports: { 'kernel32.dll': ['VirtualAlloc', 'WriteProcessMemory'] } }) });
const payload = buildZip([{ name: 'Invoice.iso', data: random(MB) }]).toString('base64');
attachments.push({ filename: 'invoice.html', content: Buffer.from(`<html><script>var d = atob("${payload}"); var b = new Blob([d]); navigator.msSaveOrOpenBlob(b, "x.zip");</script></html>`) });

const inputBytes = attachments.reduce((n, a) => n + a.content.length, 0);
const config = defaultConfig();
const msg = messageWith(attachments);
const now = new Date();
analyzeAttachments(msg, config.attachments, new Set(), now); // warm-up
const rounds = 5;
const started = performance.now();
let analysed = 0;
let findings = 0;
for (let r = 0; r < rounds; r++) {
  const { reports, output } = analyzeAttachments(msg, config.attachments, new Set(), now);
  findings = output.findings.length;
  const walk = (rep: (typeof reports)[number]): number => rep.size + rep.children.reduce((n, c) => n + walk(c), 0);
  analysed = reports.reduce((n, rep) => n + walk(rep), 0);
}
const seconds = (performance.now() - started) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`attachment mix: ${attachments.length} attachments, ${(inputBytes / MB).toFixed(1)} MB as sent, ${(analysed / MB).toFixed(1)} MB analysed (incl. decompressed inner files), ${findings} findings per round`);
console.log(`throughput: ${((inputBytes * rounds) / MB / seconds).toFixed(1)} MB/s of attachments, ${((analysed * rounds) / MB / seconds).toFixed(1)} MB/s analysed (${rounds} rounds, ${(seconds / rounds * 1000).toFixed(0)} ms per message)`);
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB (limits: ${config.attachments.limits.maxEntryBytes / MB} MiB per entry, ${config.attachments.limits.maxTotalBytes / MB} MiB per message)`);
console.log('target (issue 6): report throughput and peak RSS on a mix of large archives and documents — no fixed number set');
