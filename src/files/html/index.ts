/**
 * HTML and SVG attachments: smuggling (a script that assembles a file from an embedded string and makes
 * the browser save it — `atob`, `Blob`, `msSaveOrOpenBlob`, `createObjectURL` + `download`; MITRE ATT&CK
 * T1027.006), data: URIs of executables, credential forms that post elsewhere, and redirecting or
 * obfuscated scripts. Large base64 strings are decoded and returned so the caller can analyse the
 * smuggled file like any other attachment.
 */

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
  /** `window.location`/`location.href`/meta refresh to an absolute URL. */
  redirects: string[];
  /** eval/unescape/document.write of encoded strings, or `String.fromCharCode` runs. */
  obfuscation: string[];
  /** URLs referenced (bounded), for IOCs. */
  urls: string[];
}

const MAX_PAYLOADS = 5;

/** Analyses HTML or SVG text (the caller bounds its length). Linear; never throws. */
export function analyzeHtml(text: string, limits: { maxPayloadBytes: number }): HtmlFileFacts {
  const lower = text.toLowerCase();
  const facts: HtmlFileFacts = { scripts: 0, smugglingMarkers: [], smuggling: false, payloads: [], credentialForms: [], scriptPostsCredentials: false, redirects: [], obfuscation: [], urls: [] };
  facts.scripts = (lower.match(/<script\b/g)?.length ?? 0) + (lower.match(/\son[a-z]+\s*=/g)?.length ?? 0);
  const markers: [RegExp, string][] = [
    [/\batob\s*\(/, 'atob'],
    [/\bnew\s+blob\s*\(/, 'Blob'],
    [/\bmssaveoropenblob\b|\bmssaveblob\b/, 'msSaveOrOpenBlob'],
    [/\bcreateobjecturl\s*\(/, 'createObjectURL'],
    [/\.download\s*=|setattribute\s*\(\s*["']download["']|<a\b[^>]*\sdownload\b/, 'download attribute'],
    [/\.click\s*\(\s*\)/, 'scripted click'],
    [/\buint8array\b|\bcharcodeat\s*\(/, 'byte array assembly'],
    [/data:application\/(?:octet-stream|x-msdownload|x-zip|zip|x-iso9660|x-msdos-program|vnd\.ms-|java-archive|x-rar)/, 'data: URI of a binary'],
  ];
  for (const [re, label] of markers) if (re.test(lower)) facts.smugglingMarkers.push(label);
  const has = (label: string): boolean => facts.smugglingMarkers.includes(label);
  const saves = has('msSaveOrOpenBlob') || (has('createObjectURL') && (has('download attribute') || has('scripted click'))) || (has('download attribute') && has('data: URI of a binary'));
  const builds = has('atob') || has('Blob') || has('byte array assembly') || has('data: URI of a binary');
  facts.smuggling = saves && builds;

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

  // Credential forms (password inputs) and where they send the data.
  if (/<input\b[^>]*type\s*=\s*["']?password/i.test(text)) {
    for (const m of text.matchAll(/<form\b[^>]*>/gi)) {
      const action = /\saction\s*=\s*["']?([^"'\s>]*)/i.exec(m[0])?.[1] ?? '';
      if (facts.credentialForms.length < 10) facts.credentialForms.push(action);
    }
    if (facts.credentialForms.length === 0) facts.credentialForms.push('');
    facts.scriptPostsCredentials = /\bfetch\s*\(|xmlhttprequest|\$\.(?:ajax|post)\s*\(|sendbeacon\s*\(|\.submit\s*\(/.test(lower);
  }
  for (const m of text.matchAll(/(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*(?:=|\.replace\s*\(|\.assign\s*\()\s*["'`](https?:\/\/[^"'`\s]+)/gi)) {
    if (facts.redirects.length < 10) facts.redirects.push(m[1]!);
  }
  for (const m of text.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*url\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (facts.redirects.length < 10) facts.redirects.push(m[1]!);
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
  return facts;
}

function decodeBase64Bounded(b64: string, maxBytes: number): Uint8Array | undefined {
  const clean = b64.replace(/\s+/g, '');
  if (clean.length * 0.75 > maxBytes) return Buffer.from(clean.slice(0, Math.floor(maxBytes / 3) * 4), 'base64');
  const data = Buffer.from(clean, 'base64');
  return data.length >= 48 ? data : undefined;
}
