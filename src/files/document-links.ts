import { externalRelationships } from './office/index.js';
import { analyzePdf } from './pdf/index.js';
import { listZip, readZipEntry } from './zip/index.js';

/**
 * The links a document attachment carries where a scan of its bytes as text cannot read them (issue 17, session 13):
 * a PDF's /URI actions inside compressed object streams or written as hex strings, and the hyperlink relationships of
 * Word, Excel and PowerPoint files (compressed `.rels` parts). The link checks (src/links/extract.ts) treat them as links
 * of the message, so that lookalike, cloud-host and brand checks read the document's landing page as they read the
 * body's. Bounded: the first 8 MiB of a PDF with its stream limits, at most 64 relationship parts of 1 MiB each; what a
 * broken or hostile file yields up to its break. Memoised per attachment content.
 */
const memo = new WeakMap<Uint8Array, readonly string[]>();

const MAX_PDF_BYTES = 8 * 1024 * 1024;
const PDF_LIMITS = { maxStreams: 500, maxStreamBytes: 4 * 1024 * 1024, maxTotalInflated: 16 * 1024 * 1024 };
const MAX_RELS_PARTS = 64;
const MAX_RELS_BYTES = 1024 * 1024;
const MAX_LINKS = 50;
const WEB = /^\s*https?:\/\//i;

export function documentLinks(bytes: Uint8Array): readonly string[] {
  let links = memo.get(bytes);
  if (!links) {
    try {
      links = readLinks(bytes);
    } catch {
      links = [];
    }
    memo.set(bytes, links);
  }
  return links;
}

function readLinks(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.includes('%PDF-')) {
    const scan = bytes.subarray(0, MAX_PDF_BYTES);
    const text = Buffer.from(scan.buffer, scan.byteOffset, scan.byteLength).toString('latin1');
    // Without object streams or hex-string URIs, the /URI strings are plain text the caller's text scan reads already.
    if (!/\/ObjStm\b/.test(text) && !/\/URI\s*</.test(text)) return [];
    return analyzePdf(scan, PDF_LIMITS).uris.filter((u) => WEB.test(u)).slice(0, MAX_LINKS).map((u) => u.trim());
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return [];
  const listing = listZip(bytes, { maxEntries: 5000 });
  if (!listing.entries.some((e) => e.name === '[Content_Types].xml')) return [];
  const links: string[] = [];
  let parts = 0;
  for (const entry of listing.entries) {
    if (!entry.name.toLowerCase().endsWith('.rels') || entry.uncompressedSize > MAX_RELS_BYTES || entry.overlaps) continue;
    if (++parts > MAX_RELS_PARTS) break;
    const read = readZipEntry(bytes, entry, { maxOutputLength: MAX_RELS_BYTES });
    if (!read.ok) continue;
    for (const rel of externalRelationships(entry.name, Buffer.from(read.data).toString('utf8'))) {
      if (rel.type.toLowerCase() === 'hyperlink' && WEB.test(rel.target) && !links.includes(rel.target.trim())) links.push(rel.target.trim());
      if (links.length >= MAX_LINKS) return links;
    }
  }
  return links;
}
