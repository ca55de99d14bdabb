/**
 * HTML and SVG attachments: smuggling (a script that assembles a file from an embedded string and makes
 * the browser save it — `atob`, `Blob`, `msSaveOrOpenBlob`, `createObjectURL` + `download`; MITRE ATT&CK
 * T1027.006), data: URIs of executables, credential forms that post elsewhere, and redirecting or
 * obfuscated scripts. Large base64 strings are decoded and returned so the caller can analyse the
 * smuggled file like any other attachment.
 */

import { pasteAndRun } from '../../mail/paste-and-run.js';
import { forEachStartTag, someStartTag } from '../markup/index.js';
import { clipboardCommand, pageWords } from './clipboard.js';
import { readStringLiteral } from './literal.js';

export interface HtmlFileFacts {
  scripts: number;
  /** Smuggling primitives found (distinct). */
  smugglingMarkers: string[];
  /** A file-saving primitive is present together with a decoder or a Blob. */
  smuggling: boolean;
  /** Payloads decoded from long base64 strings and data: URIs (bounded), for recursive analysis. */
  payloads: { name: string; data: Uint8Array }[];
  /** Forms with a password field: their action targets ('' = same document / script-driven). */
  credentialForms: string[];
  /** Script posts what was typed (fetch/XMLHttpRequest/$.ajax/sendBeacon with a password field). */
  scriptPostsCredentials: boolean;
  /**
   * `window.location`/`location.href`/meta refresh to an absolute URL; a script's navigation to a computed target counts with
   * the address it decodes (`location.href = atob("aHR0cHM6…") + email`).
   */
  redirects: string[];
  /** The script navigates to an address it computes and none could be read (no decoded address): SVGs are judged by it. */
  computedNavigation?: boolean;
  /**
   * Session 64 (helper mal65): the addresses in `redirects` that are only links marked `download` (session 43's reading), not a
   * navigation the page makes itself — ATTACH_HTML_PAYLOAD_REDIRECT reads the navigations only.
   */
  downloadAnchors?: string[];
  /** eval/unescape/document.write of encoded strings, or `String.fromCharCode` runs. */
  obfuscation: string[];
  /** URLs referenced (bounded), for IOCs. */
  urls: string[];
  /** The command line the page's script puts on the clipboard (clipboard.ts), when it does. */
  clipboardCommand?: string;
  /** The page's words that tell the reader to paste into the Run box and press Enter to "verify" (paste-and-run.ts). */
  pasteAndRun?: string;
}

const MAX_PAYLOADS = 5;

/**
 * How many times a page written by script from an encoded string is followed into the page it writes (a kit
 * whose decoded page decodes another is common; three layers are not).
 */
const MAX_WRITTEN_DEPTH = 2;
/** Encoded strings decoded per layer: each one is at most its own length, so the work stays linear. */
const MAX_WRITTEN_STRINGS = 32;

const ANCHOR = /<a\b/gi;
const INPUT = /<input\b/gi;
const FORM = /<form\b/gi;
const META = /<meta\b/gi;
/**
 * "+ R" or "+ X" however written (a plus, its full-width form or a character reference): the Run box's or the Win+X menu's
 * shortcut may be named; or a console the reader may be told to open (session 19: the "fix the error" kind).
 */
const RUN_KEY_HINT = /(?:[+\uff0b]|&#0{0,3}43;|&#x0{0,3}2b;|&plus;|\\u002b|\\x2b)(?:\s|&nbsp;|<[^<>]{0,200}>){0,6}[rx\uff52\uff58]|powershell|terminal|command prompt|eingabeaufforderung|invite de commandes|mbolo del sistema|prompt de comando|opdrachtprompt|prompt dei comandi|コマンドプロンプト|ターミナル/;

/** Analyses HTML or SVG text (the caller bounds its length). Linear; never throws. */
export function analyzeHtml(text: string, limits: { maxPayloadBytes: number }): HtmlFileFacts {
  return analyzeLayer(text, limits, 0);
}

function analyzeLayer(text: string, limits: { maxPayloadBytes: number }, depth: number): HtmlFileFacts {
  const lower = text.toLowerCase();
  const facts: HtmlFileFacts = { scripts: 0, smugglingMarkers: [], smuggling: false, payloads: [], credentialForms: [], scriptPostsCredentials: false, redirects: [], obfuscation: [], urls: [] };
  facts.scripts = (lower.match(/<script\b/g)?.length ?? 0) + (lower.match(/\son[a-z]+\s*=/g)?.length ?? 0);
  const markers: [RegExp, string][] = [
    [/\batob\s*\(/, 'atob'],
    [/\bnew\s+blob\s*\(/, 'Blob'],
    [/\bmssaveoropenblob\b|\bmssaveblob\b/, 'msSaveOrOpenBlob'],
    [/\bcreateobjecturl\s*\(/, 'createObjectURL'],
    [/\.download\s*=|setattribute\s*\(\s*["']download["']/, 'download attribute'],
    [/\.click\s*\(\s*\)/, 'scripted click'],
    [/\buint8array\b|\bcharcodeat\s*\(/, 'byte array assembly'],
    [/data:application\/(?:octet-stream|x-msdownload|x-zip|zip|x-iso9660|x-msdos-program|vnd\.ms-|java-archive|x-rar)/, 'data: URI of a binary'],
    // Session 61 (helper mal62): the file fetched from a server into a Blob (`fetch(u).then(r => r.blob())`, an XMLHttpRequest
    // whose responseType is "blob" or "arraybuffer"): the smuggler whose payload is not in the page but behind an address.
    [/\.blob\s*\(\s*\)|responsetype\s*=\s*["'](?:blob|arraybuffer)["']/, 'remote file fetched as a Blob'],
  ];
  for (const [re, label] of markers) {
    if (re.test(lower) || (label === 'download attribute' && lower.includes('download') && someStartTag(text, ANCHOR, /\sdownload\b/i))) facts.smugglingMarkers.push(label);
  }
  const has = (label: string): boolean => facts.smugglingMarkers.includes(label);
  const saves = has('msSaveOrOpenBlob') || (has('createObjectURL') && (has('download attribute') || has('scripted click'))) || (has('download attribute') && has('data: URI of a binary'));
  // A Blob alone builds nothing smuggled when it holds text the page made and saves under a data name: a report's "Export
  // CSV" button (session 19). It counts with a decoder, bytes, a binary data: URI, a payload decoded below, or a saved name
  // that runs or carries what runs.
  const decodes = has('atob') || has('byte array assembly') || has('data: URI of a binary');

  // Embedded payloads: data: URIs with base64, and long base64 string literals.
  for (const m of text.matchAll(/data:([\w.+/-]*)(?:;[\w=-]+)*;base64,([A-Za-z0-9+/=\s]{64,})/g)) {
    if (facts.payloads.length >= MAX_PAYLOADS) break;
    const data = decodeBase64Bounded(m[2]!, limits.maxPayloadBytes);
    if (data && !/^image\//.test(m[1]!)) facts.payloads.push({ name: `data-uri-${facts.payloads.length + 1}`, data });
  }
  if (facts.scripts > 0) {
    for (const m of text.matchAll(/["'`]([A-Za-z0-9+/]{400,}={0,2})["'`]/g)) {
      if (facts.payloads.length >= MAX_PAYLOADS) break;
      const data = decodeBase64Bounded(m[1]!, limits.maxPayloadBytes);
      if (data) facts.payloads.push({ name: `base64-string-${facts.payloads.length + 1}`, data });
    }
  }

  // Session 61 (helper mal62): or a file fetched from a server as a Blob and saved under a name that runs or carries what runs
  // (`Invoice_2291.zip`): the page is the download, its payload one request away — a report that fetches and saves its CSV is not.
  facts.smuggling = saves && (decodes || ((has('Blob') || has('remote file fetched as a Blob')) && (facts.payloads.length > 0 || savesRunnableName(text))));

  // Credential forms (password inputs) and where they send the data.
  if (lower.includes('password') && someStartTag(text, INPUT, /type\s*=\s*["']?password/i)) {
    forEachStartTag(text, FORM, (tag) => {
      facts.credentialForms.push(/\saction\s*=\s*["']?([^"'\s>]*)/i.exec(tag)?.[1] ?? '');
      return facts.credentialForms.length >= 10;
    });
    if (facts.credentialForms.length === 0) facts.credentialForms.push('');
    facts.scriptPostsCredentials = /\bfetch\s*\(|xmlhttprequest|\$\.(?:ajax|post)\s*\(|sendbeacon\s*\(|\.submit\s*\(/.test(lower);
  }
  for (const m of text.matchAll(/(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*(?:=|\.replace\s*\(|\.assign\s*\()\s*["'`](https?:\/\/[^"'`\s]+)/gi)) {
    if (facts.redirects.length < 10) facts.redirects.push(m[1]!);
  }
  // Session 44: the navigation by script to a target that is not a literal (an SVG lure's `window.location.href = atob("…") +
  // email`, in any language: the behaviour is the sign, not the words). The address is taken from what the script decodes.
  if (facts.redirects.length === 0 && facts.scripts > 0 && SCRIPTED_NAVIGATION.test(lower)) {
    const decoded = decodedAddress(text);
    if (decoded) facts.redirects.push(decoded);
    else facts.computedNavigation = true;
  }
  if (lower.includes('refresh')) {
    forEachStartTag(text, META, (tag) => {
      const url = /http-equiv\s*=\s*["']?refresh/i.test(tag) ? /url\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] : undefined;
      if (url) facts.redirects.push(url);
      return facts.redirects.length >= 10;
    });
  }
  // A page that clicks its own link as it opens (<body onload="….click()">) sends the reader there like a redirect.
  if (facts.redirects.length === 0 && has('scripted click') && !facts.smuggling) {
    forEachStartTag(text, ANCHOR, (tag) => {
      const href = /\shref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(tag)?.[1];
      if (href) facts.redirects.push(href);
      return href !== undefined;
    });
  }
  // Session 43: a page whose link tells the browser to save what it fetches (`<a href="https://…/Invoice.zip" download>`): the
  // attachment exists to hand over a remote file, as a redirect does.
  if (facts.redirects.length === 0 && lower.includes('download')) {
    forEachStartTag(text, ANCHOR, (tag) => {
      const href = /\sdownload(?:\s*=|[\s/>]|$)/i.test(tag) ? /\shref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(tag)?.[1] : undefined;
      if (href) {
        facts.redirects.push(href);
        (facts.downloadAnchors ??= []).push(href);
      }
      return href !== undefined;
    });
  }
  if (/\beval\s*\(\s*(?:unescape|atob|decodeuricomponent|string\.fromcharcode|function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k)/.test(lower)) facts.obfuscation.push('eval of decoded text');
  if (/document\.write\s*\(\s*(?:unescape|atob|decodeuricomponent)\s*\(/.test(lower)) facts.obfuscation.push('document.write of decoded text');
  if ((lower.match(/%[0-9a-f]{2}/g)?.length ?? 0) > 500 && /unescape|decodeuricomponent/.test(lower)) facts.obfuscation.push('percent-encoded script');
  if ((lower.match(/string\.fromcharcode/g)?.length ?? 0) >= 5) facts.obfuscation.push('String.fromCharCode runs');
  for (const m of text.matchAll(/\b(?:href|src|action)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi)) {
    if (facts.urls.length >= 50) break;
    if (!facts.urls.includes(m[1]!)) facts.urls.push(m[1]!);
  }
  for (const r of facts.redirects) if (facts.urls.length < 50 && !facts.urls.includes(r)) facts.urls.push(r);

  // The paste-and-run lure as a page ("ClickFix"): a command line put on the clipboard, and the words that say where to paste it.
  if (facts.scripts > 0) {
    const command = clipboardCommand(text);
    if (command) facts.clipboardCommand = command;
  }
  if (RUN_KEY_HINT.test(lower)) {
    const stretch = pasteAndRun(pageWords(text));
    if (stretch) facts.pasteAndRun = stretch;
  }

  // A page the script writes from an encoded string (document.write(unescape('%3Chtml…')), atob, hex escapes):
  // what the browser shows is that page, so its password form, redirects and payloads are this file's.
  if (depth < MAX_WRITTEN_DEPTH && facts.scripts > 0) {
    const written = writtenPage(text);
    if (written) {
      const inner = analyzeLayer(written, limits, depth + 1);
      mergeWritten(facts, inner);
      if (facts.obfuscation.length === 0) facts.obfuscation.push('page written from an encoded string');
    }
  }
  return facts;
}

/**
 * A name a script or a link saves under (`a.download = "…"`, `download="…"`, the first string of an `msSaveOrOpenBlob` call),
 * at most 20 read.
 */
const SAVED_NAME = /\.download\s{0,4}=\s{0,4}["'`]([^"'`\n]{1,200})["'`]|\sdownload\s{0,4}=\s{0,4}["']([^"'\n]{1,200})["']|\bmssave(?:oropen)?blob\s{0,4}\([^"'`]{1,200}["'`]([^"'`\n]{1,200})["'`]/gi;
/** What runs, or an archive, disk image, shortcut or page that carries it. */
const RUNNABLE_NAME = /\.(?:exe|scr|pif|com|bat|cmd|vbs|vbe|js|jse|wsf|wsh|hta|ps1|msi|msix|appx|jar|lnk|url|iso|img|vhdx?|zip|rar|7z|cab|gz|tgz|tar|xll|one|chm|cpl|msc|library-ms|searchconnector-ms|s?html?|svg)\s*$/i;

/** Whether the page saves a file under a name that runs or carries what runs. */
function savesRunnableName(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(SAVED_NAME)) {
    if (++n > 20) break;
    if (RUNNABLE_NAME.test(m[1] ?? m[2] ?? m[3]!)) return true;
  }
  return false;
}

/** What a page written by script adds to the page that writes it (each list keeps its own bound). */
function mergeWritten(facts: HtmlFileFacts, inner: HtmlFileFacts): void {
  facts.scripts += inner.scripts;
  for (const m of inner.smugglingMarkers) if (!facts.smugglingMarkers.includes(m)) facts.smugglingMarkers.push(m);
  facts.smuggling ||= inner.smuggling;
  for (const p of inner.payloads) if (facts.payloads.length < MAX_PAYLOADS) facts.payloads.push(p);
  for (const f of inner.credentialForms) if (facts.credentialForms.length < 10 && !facts.credentialForms.includes(f)) facts.credentialForms.push(f);
  facts.scriptPostsCredentials ||= inner.scriptPostsCredentials;
  for (const r of inner.redirects) if (facts.redirects.length < 10) facts.redirects.push(r);
  for (const a of inner.downloadAnchors ?? []) (facts.downloadAnchors ??= []).push(a);
  for (const o of inner.obfuscation) if (!facts.obfuscation.includes(o)) facts.obfuscation.push(o);
  for (const u of inner.urls) if (facts.urls.length < 50 && !facts.urls.includes(u)) facts.urls.push(u);
  if (inner.clipboardCommand && !facts.clipboardCommand) facts.clipboardCommand = inner.clipboardCommand;
  if (inner.pasteAndRun && !facts.pasteAndRun) facts.pasteAndRun = inner.pasteAndRun;
}

/**
 * A script's navigation whose target is not a string literal (a literal URL is read as a redirect above; a literal relative
 * one goes nowhere else): `location = u`, `location.href = atob(…) + e`, `location.replace(x)`, `window.open(x)`. Not a frame
 * buster or a reload (`top.location = self.location`). Over the lower-cased text; each alternative is literals and a bounded
 * run of spaces before a look-ahead: linear.
 */
const SCRIPTED_NAVIGATION =
  /\blocation(?:\.href)?\s{0,8}=(?!=)\s{0,8}(?!["'`\s]|(?:window\.|self\.|document\.|top\.)?location\b)|\blocation\.(?:replace|assign)\s{0,8}\(\s{0,8}(?!["'`\s]|(?:window\.|self\.|document\.|top\.)?location\b)|\bwindow\.open\s{0,8}\(\s{0,8}(?!["'`\s)])/;

/** The first web address a script decodes from a string literal (atob, unescape, decodeURIComponent). */
function decodedAddress(text: string): string | undefined {
  let url: string | undefined;
  forEachDecodedLiteral(text, /\b(unescape|decodeuricomponent|decodeuri|atob)\s*\(\s*(?=["'`])/gi, (decoded) => {
    url = /^\s*(https?:\/\/[^\s"'`<>]{1,2000})/i.exec(decoded)?.[1];
    return url !== undefined;
  });
  return url;
}

/**
 * Each string literal (or `+`-joined literals) passed to a function `calls` names (group 1), decoded as that function decodes
 * it, at most MAX_WRITTEN_STRINGS of them (each is at most its own length: linear); `visit` returns true to stop.
 */
function forEachDecodedLiteral(text: string, calls: RegExp, visit: (decoded: string, literal: { value: string; escaped: boolean }) => boolean): void {
  let tried = 0;
  for (let m = calls.exec(text); m !== null && tried < MAX_WRITTEN_STRINGS; m = calls.exec(text)) {
    tried++;
    const literal = readJoinedLiterals(text, m.index + m[0].length);
    calls.lastIndex = literal.end;
    if (visit(decodeAs(m[1]!.toLowerCase(), literal.value), literal)) return;
  }
}

/**
 * The HTML a script writes from string literals: the arguments of `unescape`, `decodeURIComponent`, `atob` and
 * `write`/`writeln` (JavaScript escapes read, `'a' + 'b'` joined), each decoded by its call and then, while it is
 * not yet HTML, as percent-encoding or base64 (a kit nests them). The pieces that come out as HTML are joined in
 * order, as the browser would write them: a form split over several writes is still one form. Undefined when
 * none is HTML.
 */
function writtenPage(text: string): string | undefined {
  const pieces: string[] = [];
  forEachDecodedLiteral(text, /\b(unescape|decodeuricomponent|decodeuri|atob|writeln|write)\s*\(\s*(?=["'`])/gi, (decoded, literal) => {
    const page = untilHtml(decoded);
    // A plain document.write('<p>…') hides nothing: the text already shows it to every other pattern here.
    const encoded = literal.escaped || decoded !== literal.value || page !== decoded;
    if (page !== undefined && encoded) pieces.push(page);
    return false;
  });
  return pieces.length > 0 ? pieces.join('') : undefined;
}

/** One or more JavaScript string literals joined by `+`, starting at a quote; `end` is just past the last one. */
function readJoinedLiterals(text: string, start: number): { value: string; end: number; escaped: boolean } {
  let value = '';
  let escaped = false;
  let at = start;
  for (;;) {
    const literal = readStringLiteral(text, at);
    value += literal.value;
    escaped ||= literal.escaped;
    let next = literal.end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (text[next] !== '+') return { value, end: literal.end, escaped };
    next++;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    const q = text[next];
    if (q !== '"' && q !== "'" && q !== '`') return { value, end: literal.end, escaped };
    at = next;
  }
}

function decodeAs(call: string, value: string): string {
  if (call === 'atob') return fromBase64(value) ?? value;
  if (call === 'unescape') return unescapeJs(value);
  if (call === 'decodeuricomponent' || call === 'decodeuri') return decodeUriLenient(value);
  return value;
}

/** Percent-encoding or base64 peeled off (at most three layers) until the text is HTML; undefined if it never is. */
function untilHtml(value: string): string | undefined {
  let s = value;
  for (let layer = 0; layer < 4; layer++) {
    if (looksLikeHtml(s)) return s;
    if (layer === 3) return undefined;
    if (/%(?:[0-9a-f]{2}|u[0-9a-f]{4})/i.test(s.slice(0, 256))) s = unescapeJs(s);
    else {
      const decoded = fromBase64(s);
      if (decoded === undefined) return undefined;
      s = decoded;
    }
  }
  return undefined;
}

/** Markup, not binary that happens to hold a '<': a known element near the start and few control characters. */
function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 4096);
  if (!/<(?:!doctype|html|head|body|form|input|div|span|script|meta|iframe|a|img|svg|table|center|title|style|link|p|br|h[1-6])\b/i.test(head)) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
  }
  return control * 20 < head.length;
}

/** JavaScript's `unescape`: %XX and %uXXXX to code units, anything else kept. */
function unescapeJs(s: string): string {
  return s.replace(/%u([0-9a-f]{4})|%([0-9a-f]{2})/gi, (_, u: string | undefined, x: string | undefined) => String.fromCharCode(parseInt(u ?? x!, 16)));
}

/** decodeURIComponent, but a malformed sequence (which throws in a browser too) falls back to `unescape`. */
function decodeUriLenient(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeJs(s);
  }
}

/** Base64 text (white space allowed) to the string it encodes, read as UTF-8 when it is; undefined when not base64. */
function fromBase64(s: string): string | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined;
  const bytes = Buffer.from(clean, 'base64');
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\ufffd') ? bytes.toString('latin1') : utf8;
}

function decodeBase64Bounded(b64: string, maxBytes: number): Uint8Array | undefined {
  const clean = b64.replace(/\s+/g, '');
  if (clean.length * 0.75 > maxBytes) return Buffer.from(clean.slice(0, Math.floor(maxBytes / 3) * 4), 'base64');
  const data = Buffer.from(clean, 'base64');
  return data.length >= 48 ? data : undefined;
}
