import { forEachStartTag, MAX_TAG_CHARS } from '../markup/index.js';
import type { OleFile } from '../ole/index.js';

/**
 * Office-specific facts that are not VBA: Excel 4.0 (XLM) macro sheets in BIFF8 workbooks and in OOXML,
 * remote template injection and other external relationships in OOXML `.rels` parts, and encrypted
 * documents ([MS-OFFCRYPTO]: an OLE file with EncryptionInfo + EncryptedPackage streams).
 */

export interface XlmSheet {
  name: string;
  /** 'visible' | 'hidden' | 'very hidden' */
  state: string;
}

/**
 * Macro sheets in a BIFF8 `Workbook` stream: BoundSheet8 records (0x0085) with dt = 1 ([MS-XLS]
 * §2.4.28). Hidden and "very hidden" macro sheets are the classic Excel 4.0 dropper.
 */
export function biffMacroSheets(workbook: Uint8Array): XlmSheet[] {
  const sheets: XlmSheet[] = [];
  let pos = 0;
  for (let guard = 0; guard < 200_000 && pos + 4 <= workbook.length; guard++) {
    const type = workbook[pos]! | (workbook[pos + 1]! << 8);
    const len = workbook[pos + 2]! | (workbook[pos + 3]! << 8);
    const data = pos + 4;
    if (type === 0x0085 && len >= 8 && data + len <= workbook.length) {
      const state = workbook[data + 4]! & 0x03;
      const dt = workbook[data + 5]!;
      if (dt === 0x01) {
        const cch = workbook[data + 6]!;
        const highByte = workbook[data + 7]! & 1;
        const raw = workbook.subarray(data + 8, Math.min(data + len, data + 8 + cch * (highByte ? 2 : 1)));
        const name = Buffer.from(raw).toString(highByte ? 'utf16le' : 'latin1');
        sheets.push({ name, state: ['visible', 'hidden', 'very hidden'][state] ?? 'hidden' });
      }
    }
    // EOF of the globals substream ends the sheet list.
    if (type === 0x000a && sheets.length >= 0 && pos > 0) break;
    pos = data + len;
  }
  return sheets;
}

/** An external target of an OOXML relationship (ECMA-376 Part 2 §9.3: TargetMode="External"). */
export interface ExternalRelationship {
  part: string;
  /** The relationship's Id, by which the part's XML refers to it (`r:id="rId3"`). */
  id: string;
  /** Relationship type's last segment: attachedTemplate, oleObject, hyperlink, frame… */
  type: string;
  target: string;
}

const RELATIONSHIP = /<Relationship\b/gi;

/**
 * External relationships in a `.rels` part. `attachedTemplate`, `oleObject`, `frame` and `subDocument`
 * pointing at http(s)/UNC/mhtml are how template injection and Follina-style documents fetch their
 * payload; `hyperlink` is ordinary.
 */
export function externalRelationships(part: string, xml: string): ExternalRelationship[] {
  const out: ExternalRelationship[] = [];
  forEachStartTag(xml, RELATIONSHIP, (tag) => {
    if (!/TargetMode\s*=\s*["']External["']/i.test(tag)) return false;
    const type = /Type\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    const target = /Target\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    const id = /\bId\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
    out.push({ part, id, type: type.slice(type.lastIndexOf('/') + 1), target: decodeXmlEntities(target) });
    return out.length >= 100;
  });
  return out;
}

const XML_NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and character references (a reference past U+10FFFF is left as written). */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (all, e: string) => {
    const named = XML_NAMED_ENTITIES[e.toLowerCase()];
    if (named) return named;
    const code = e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
}

const PICTURE_PROPERTIES = /<(?:\w+:)?(?:cNvPr|docPr)\b/g;
/** The element right after the properties' start tag, when it is a click link (its tag up to `>`). */
const HLINK_CLICK_NEXT = /^\s*<(?:\w+:)?hlinkClick\b[^>]*>/;

/**
 * Relationship ids a whole picture or shape links to: an `a:hlinkClick` in the non-visual properties of a picture,
 * shape or drawing (`<p:cNvPr …><a:hlinkClick r:id="rId3"/></p:cNvPr>`, `<wp:docPr>` in Word), not a link on a run of
 * text. A slide or page that is one clickable picture is the Office form of a PDF that is only a link.
 */
export function clickablePictureLinkIds(xml: string): string[] {
  const ids: string[] = [];
  // Tag by tag (../markup): the single pattern this replaces was quadratic on unclosed tags (100 KB: 1.4 s).
  forEachStartTag(xml, PICTURE_PROPERTIES, (tag, end) => {
    if (!tag.endsWith('>') || tag.endsWith('/>')) return false;
    const click = HLINK_CLICK_NEXT.exec(xml.slice(end, end + MAX_TAG_CHARS));
    const id = click ? /\br:id\s*=\s*["']([^"']+)["']/.exec(click[0])?.[1] : undefined;
    if (id !== undefined) ids.push(id);
    return ids.length >= 50;
  });
  return ids;
}

/** The relationships part of an OOXML part: `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels` (OPC §9.3.3). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship types that load content when the document opens. */
export function isRemoteLoadingRelationship(rel: ExternalRelationship): boolean {
  return /^(attachedTemplate|oleObject|frame|subDocument|externalLinkPath|package)$/i.test(rel.type) && /^(https?:|\\\\|file:|mhtml:|ms-\w+:)/i.test(rel.target.trim());
}

/** Whether an OLE file is an encrypted OOXML package or carries other [MS-OFFCRYPTO] encryption. */
export function isEncryptedOffice(ole: OleFile): boolean {
  const names = new Set(ole.streams.map((s) => s.path.toLowerCase()));
  return names.has('encryptedpackage') && names.has('encryptioninfo');
}

/** MSI databases carry this root CLSID ({000C1084-0000-0000-C000-000000000046}). */
export function isMsi(ole: OleFile): boolean {
  return ole.rootClsid === '000c1084-0000-0000-c000-000000000046' || ole.streams.some((s) => s.path === '\u0005SummaryInformation') && ole.streams.some((s) => /^\u4840/.test(s.path));
}
