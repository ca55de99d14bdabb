import { inflateSync } from 'node:zlib';

/**
 * PDF triage in the manner of Didier Stevens' pdfid: count the names that make a PDF act (ISO 32000-1
 * §12.6 actions, §7.11.4 embedded files), after undoing `#xx` escapes in names (§7.3.5: `/J#61vaScript`
 * is `/JavaScript`), and look inside FlateDecode streams too, since object streams (§7.5.7) hide
 * dictionaries there. Streams are inflated with explicit count and size bounds.
 */

export interface PdfFacts {
  /** Count of each interesting name (decoded), only those present. */
  names: Record<string, number>;
  /** Names written with `#xx` escapes (decoded form), which legitimate writers do not use for these keys. */
  obfuscatedNames: string[];
  /** URIs of /URI actions (bounded). */
  uris: string[];
  /** Names of embedded files (/F or /UF of filespecs near /EmbeddedFile; bounded). */
  embeddedFileNames: string[];
  /** Launch action targets (/F or /Win /F of a /Launch), bounded. */
  launchTargets: string[];
  /** JavaScript snippets (first 200 characters each, bounded). */
  javascript: string[];
  /** Embedded file streams' decoded bytes, for recursive analysis (bounded by the caller's limits). */
  embeddedFiles: { name: string; data: Uint8Array }[];
  streamsInflated: number;
  /** Stream inflation stopped at a limit. */
  limitHit: boolean;
  encrypted: boolean;
}

const INTERESTING = ['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'URI', 'AcroForm', 'XFA', 'RichMedia', 'ObjStm', 'Encrypt', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE'];
const INTERESTING_SET = new Set(INTERESTING);

export interface PdfLimits {
  maxStreams: number;
  maxStreamBytes: number;
  maxTotalInflated: number;
}

/**
 * Analyses a PDF. Linear in its size plus the bounded inflated streams.
 * @example analyzePdf(buf, { maxStreams: 500, maxStreamBytes: 8 << 20, maxTotalInflated: 64 << 20 }).names.JavaScript
 */
export function analyzePdf(bytes: Uint8Array, limits: PdfLimits): PdfFacts {
  const facts: PdfFacts = { names: {}, obfuscatedNames: [], uris: [], embeddedFileNames: [], launchTargets: [], javascript: [], embeddedFiles: [], streamsInflated: 0, limitHit: false, encrypted: false };
  const text = Buffer.from(bytes).toString('latin1');
  scanText(text, facts);
  let total = 0;
  // stream … endstream bodies; the dictionary before says whether it is FlateDecode.
  const streamRe = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(text))) {
    const dictStart = text.lastIndexOf('<<', m.index);
    const dict = dictStart >= 0 && m.index - dictStart < 4096 ? text.slice(dictStart, m.index) : '';
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamRe.lastIndex = end + 9;
    if (!/\/(?:Fl|F#6c)\w*|FlateDecode/.test(dict) || /\/DCTDecode|\/JPXDecode/.test(dict)) {
      if (/\/Type\s*\/EmbeddedFile/.test(dict) && facts.embeddedFiles.length < 10) facts.embeddedFiles.push({ name: '', data: bytes.subarray(start, end) });
      continue;
    }
    if (facts.streamsInflated >= limits.maxStreams || total >= limits.maxTotalInflated) {
      facts.limitHit = true;
      break;
    }
    let inflated: Buffer;
    try {
      inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.min(limits.maxStreamBytes, limits.maxTotalInflated - total), finishFlush: 2 });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') facts.limitHit = true;
      continue;
    }
    facts.streamsInflated++;
    total += inflated.length;
    if (/\/Type\s*\/EmbeddedFile/.test(dict)) {
      if (facts.embeddedFiles.length < 10) facts.embeddedFiles.push({ name: '', data: inflated });
      continue;
    }
    // Content streams are mostly drawing operators; only scan ones that look like objects or script.
    const inner = inflated.toString('latin1');
    if (/\/[A-Za-z#]|app\.|this\.|eval\(/.test(inner)) scanText(inner, facts);
  }
  facts.embeddedFiles.forEach((f, i) => (f.name = facts.embeddedFileNames[i] ?? `embedded-${i + 1}`));
  facts.encrypted = (facts.names.Encrypt ?? 0) > 0;
  return facts;
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Reads a PDF literal string `( … )` with escapes (§7.3.4.2) or a hex string `< … >` at `at`. */
function readString(text: string, at: number): string {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === '<' && text[i + 1] !== '<') {
    const end = text.indexOf('>', i);
    const hex = text.slice(i + 1, end < 0 ? i + 1 : end).replace(/\s/g, '');
    return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
  }
  if (text[i] !== '(') return '';
  let depth = 0;
  let out = '';
  for (let k = i; k < text.length && out.length < 2048; k++) {
    const c = text[k]!;
    if (c === '\\') {
      const n = text[++k] ?? '';
      out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[n] ?? n;
      continue;
    }
    if (c === '(') {
      if (depth++ === 0) continue;
    } else if (c === ')') {
      if (--depth === 0) break;
    }
    out += c;
  }
  return out;
}

function scanText(text: string, facts: PdfFacts): void {
  for (const m of text.matchAll(/\/([A-Za-z0-9#_.-]{1,64})/g)) {
    const raw = m[1]!;
    const name = raw.includes('#') ? decodeName(raw) : raw;
    if (!INTERESTING_SET.has(name)) continue;
    facts.names[name] = (facts.names[name] ?? 0) + 1;
    if (raw !== name && !facts.obfuscatedNames.includes(name)) facts.obfuscatedNames.push(name);
    const after = m.index + m[0].length;
    if (name === 'URI' && facts.uris.length < 50) {
      const uri = readString(text, after).trim();
      if (uri && !facts.uris.includes(uri)) facts.uris.push(uri);
    } else if (name === 'JS' && facts.javascript.length < 10) {
      const js = readString(text, after);
      if (js) facts.javascript.push(js.slice(0, 200));
    } else if (name === 'Launch' && facts.launchTargets.length < 10) {
      const target = /\/(?:F|Win\s*<<\s*\/F)\s*/.exec(text.slice(after, after + 400));
      if (target) {
        const s = readString(text, after + target.index + target[0].length);
        if (s) facts.launchTargets.push(s.slice(0, 200));
      }
    }
  }
  // File specifications: << /Type /Filespec /F (name) /UF (name) /EF << /F n 0 R >> >>
  for (const m of text.matchAll(/\/Type\s*\/Filespec\b/g)) {
    if (facts.embeddedFileNames.length >= 20) break;
    const dictStart = text.lastIndexOf('<<', m.index);
    const window = text.slice(dictStart >= 0 && m.index - dictStart < 300 ? dictStart : m.index, m.index + 600);
    const f = /\/UF\s*|\/F\s*(?=[(<])/.exec(window);
    if (f) {
      const s = readString(window, f.index + f[0].length);
      if (s && !facts.embeddedFileNames.includes(s)) facts.embeddedFileNames.push(s.replace(/^\xfe\xff/, '').replace(/\0/g, ''));
    }
  }
}
