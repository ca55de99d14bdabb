import { DEFAULT_LIMITS, pdfLimits } from './analyze/index.js';
import { forEachStartTag } from './markup/index.js';
import { decodeXmlEntities, externalRelationships } from './office/index.js';
import { analyzePdfOnce } from './pdf/index.js';
import { isTnef, listTnef, tnefBodyLinks, type TnefBody } from './tnef/index.js';
import { listOutlookMsg } from './outlook-msg/index.js';
import { rtfDocument, type RtfLink } from './rtf/text.js';
import { listZip, readZipEntry } from './zip/index.js';

/**
 * The links a document attachment carries where a scan of its bytes as text cannot read them (issue 17, session 13):
 * a PDF's /URI actions inside compressed object streams or written as hex strings, the hyperlink relationships of
 * Word, Excel and PowerPoint files (compressed `.rels` parts), and the hyperlinks of an OpenDocument body
 * (`text:a` / `draw:a` with `xlink:href` in content.xml), and the body and documents of a winmail.dat (TNEF). The link
 * checks (src/links/extract.ts) treat them as links of the message, so that lookalike, cloud-host and brand checks read the
 * document's landing page as they read the body's. A `tel:` link is one too, as an HTML `<a href="tel:…">` is: the number a fake invoice asks to call.
 * Bounded: a PDF is read with the attachments analysis's default limits, and that one analysis is shared with it
 * (analyzePdfOnce, with the letter's passwords for an encrypted PDF); at most 64 relationship parts of 1 MiB each, a content.xml of 1 MiB; what a broken or hostile
 * file yields up to its break. Memoised per attachment content.
 */
const memo = new WeakMap<Uint8Array, { passwords: string; links: readonly string[] }>();

const PDF_SCAN_BYTES = DEFAULT_LIMITS.maxScanBytes;
const PDF_LIMITS = pdfLimits(DEFAULT_LIMITS, 0);
const MAX_RELS_PARTS = 64;
const MAX_PART_BYTES = 1024 * 1024;
const MAX_LINKS = 50;
/** Documents inside one winmail.dat whose links are read. */
const MAX_TNEF_DOCUMENTS = 32;
/** Links a reader follows from a document: a web page, or a number to call. */
const FOLLOWED = /^\s*(?:https?:\/\/|tel:)/i;
const ODF_LINK = /<(?:text|draw):a\b/g;

export function documentLinks(bytes: Uint8Array, passwords: readonly string[] = []): readonly string[] {
  const key = passwords.length ? JSON.stringify(passwords) : '';
  const known = memo.get(bytes);
  if (known && known.passwords === key) return known.links;
  let links: readonly string[];
  try {
    links = readLinks(bytes, passwords);
  } catch {
    links = [];
  }
  memo.set(bytes, { passwords: key, links });
  return links;
}

/** A stored letter's links (winmail.dat, an attached .msg): its body's, then those of the documents in it that `reads` lets in. */
function storedLetterLinks(letter: { body: TnefBody; entries: readonly { data: Uint8Array }[] }, passwords: readonly string[], depth: number, reads: (entry: Uint8Array) => boolean): string[] {
  const links = tnefBodyLinks(letter.body, MAX_LINKS);
  for (const entry of letter.entries) {
    if (links.length >= MAX_LINKS) break;
    if (!reads(entry.data)) continue;
    for (const link of readLinks(entry.data, passwords, depth + 1)) if (!links.includes(link) && links.length < MAX_LINKS) links.push(link);
  }
  return links;
}

function readLinks(bytes: Uint8Array, passwords: readonly string[], depth = 0): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isTnef(bytes)) {
    // winmail.dat: the body Outlook shows (its compressed RTF is no text a scan reads) and the documents inside it, as
    // if attached to the letter itself (an embedded message is a TNEF stream again: one level down, no further).
    const listing = listTnef(bytes, { maxEntries: MAX_TNEF_DOCUMENTS, maxBodyBytes: MAX_PART_BYTES });
    return listing ? storedLetterLinks(listing, passwords, depth, (entry) => depth === 0 || !isTnef(entry)) : [];
  }
  const item = bytes[0] === 0xd0 ? listOutlookMsg(bytes, { maxStreamBytes: MAX_PART_BYTES, maxAttachments: MAX_TNEF_DOCUMENTS, maxDepth: 1 }) : undefined;
  // An attached Outlook item (.msg): the body it shows when opened, and the documents attached to it, as winmail.dat's (one
  // level: inside another document its own documents are not read).
  if (item) return storedLetterLinks(item, passwords, depth, () => depth === 0);
  if (buf.subarray(0, 1024).includes('%PDF-')) {
    const scan = buf.subarray(0, PDF_SCAN_BYTES);
    // Without object streams, hex-string URIs or tel: URIs, the /URI strings are plain text the caller's text scan reads
    // already; an encrypted file's are ciphertext, read once it is opened (with no password or the letter's).
    if (!scan.includes('/ObjStm') && !scan.includes('/Encrypt') && !(scan.includes('/URI') && /\/URI\s*(?:<|\(\s*tel(?::|\\072))/i.test(scan.toString('latin1')))) return [];
    return analyzePdfOnce(bytes, PDF_SCAN_BYTES, PDF_LIMITS, passwords).uris.filter((u) => FOLLOWED.test(u)).slice(0, MAX_LINKS).map((u) => u.trim());
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return [];
  const listing = listZip(bytes, { maxEntries: 5000 });
  const links: string[] = [];
  const add = (target: string): boolean => {
    const link = target.trim();
    if (FOLLOWED.test(link) && !links.includes(link)) links.push(link);
    return links.length >= MAX_LINKS;
  };
  if (listing.entries.some((e) => e.name === 'mimetype')) {
    const content = listing.entries.find((e) => e.name === 'content.xml');
    if (!content || content.uncompressedSize > MAX_PART_BYTES || content.overlaps) return links;
    const read = readZipEntry(bytes, content, { maxOutputLength: MAX_PART_BYTES });
    if (read.ok) forEachStartTag(Buffer.from(read.data).toString('utf8'), ODF_LINK, (tag) => add(decodeXmlEntities(/\bxlink:href\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find((v) => v !== undefined) ?? '')));
    return links;
  }
  if (!listing.entries.some((e) => e.name === '[Content_Types].xml')) return [];
  let parts = 0;
  for (const entry of listing.entries) {
    if (!entry.name.toLowerCase().endsWith('.rels') || entry.uncompressedSize > MAX_PART_BYTES || entry.overlaps) continue;
    if (++parts > MAX_RELS_PARTS) break;
    const read = readZipEntry(bytes, entry, { maxOutputLength: MAX_PART_BYTES });
    if (!read.ok) continue;
    for (const rel of externalRelationships(entry.name, Buffer.from(read.data).toString('utf8'))) {
      if (rel.type.toLowerCase() === 'hyperlink' && add(rel.target)) return links;
    }
  }
  return links;
}

const anchorMemo = new WeakMap<Uint8Array, readonly RtfLink[]>();
/** Bytes of an RTF document read for its links (a document's fields are in its body, not past megabytes of pictures). */
const MAX_RTF_BYTES = 4 * 1024 * 1024;

/**
 * An RTF document's links with the texts they show — its HYPERLINK fields (files/rtf rtfDocument) that lead out (FOLLOWED) —
 * at most MAX_LINKS: what the reader of an attached .rtf clicks, which the link checks compare with its target as they do an
 * HTML anchor's (issue 17 item 8, session 65: `www.paypal.com` shown, another host linked). Its URLs as text are read by the
 * caller's text scan already; none for a file that is no RTF. Memoised per attachment content.
 */
export function documentAnchors(bytes: Uint8Array): readonly RtfLink[] {
  if (!isRtf(bytes)) return [];
  const known = anchorMemo.get(bytes);
  if (known) return known;
  let anchors: readonly RtfLink[];
  try {
    const doc = rtfDocument(bytes.subarray(0, MAX_RTF_BYTES), MAX_RTF_BYTES);
    anchors = doc.links.filter((l) => FOLLOWED.test(l.href)).slice(0, MAX_LINKS).map((l) => ({ href: l.href.trim(), text: l.text }));
  } catch {
    anchors = [];
  }
  anchorMemo.set(bytes, anchors);
  return anchors;
}

/** `{\rtf` after optional white space (Word writes `{\rtf1`; readers take any version). */
function isRtf(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 16 && (bytes[i] === 0x20 || bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b && bytes[i + 1] === 0x5c && bytes[i + 2] === 0x72 && bytes[i + 3] === 0x74 && bytes[i + 4] === 0x66;
}
