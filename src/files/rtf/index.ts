/**
 * RTF embedded objects (RTF 1.9.1 spec, "Objects"): `\object` groups with `\objdata` carry an OLE
 * object as hex; `\objupdate` makes Word load it without a click, and the Equation Editor class
 * (CVE-2017-11882) or an embedded OLE package are the usual payloads.
 */

export interface RtfFacts {
  objects: number;
  objdata: number;
  /** `\objupdate`: the object is refreshed automatically when the document opens. */
  autoUpdate: boolean;
  /** `\objclass` values seen (bounded), e.g. Equation.3, Package, Word.Document.8. */
  classes: string[];
  /** OLE class names found inside hex object data (Equation.3 often hides there). */
  embeddedClassHints: string[];
  /**
   * Session 43: a `{\*\template …}` destination naming a template on the internet or a share (http(s), a UNC `\\host\…`
   * path, file://): Word fetches it when the document opens, the RTF form of OOXML's external attachedTemplate (template
   * injection). The address as written, bounded; absent when none.
   */
  remoteTemplate?: string;
}

/** Scans RTF text (bounded by the caller). Linear; never throws. */
export function analyzeRtf(bytes: Uint8Array): RtfFacts {
  const text = Buffer.from(bytes).toString('latin1');
  const classes = new Set<string>();
  for (const m of text.matchAll(/\\objclass\s+([^}\\]{1,64})/g)) if (classes.size < 10) classes.add(m[1]!.trim());
  const hints = new Set<string>();
  // Hex of "Equation.3" / "Package" / "OLE2Link" inside \objdata, tolerant of whitespace between digits.
  const hexCompact = text.length <= 64 * 1024 * 1024 ? text.replace(/[\s\r\n]+/g, '').toLowerCase() : '';
  for (const [hex, name] of [
    ['4571756174696f6e2e33', 'Equation.3'],
    ['5061636b616765', 'Package'],
    ['4f4c45324c696e6b', 'OLE2Link'],
    ['d0cf11e0a1b11ae1', 'OLE compound file'],
  ] as const) {
    if (hexCompact.includes(hex)) hints.add(name);
  }
  // `{\*\template URL}`: the destination's text up to the group's end; RTF escapes a backslash as `\\` (a UNC path's).
  const template = /\{\\\*\\template\s+([^{}]{1,400})\}/.exec(text)?.[1]?.replace(/\\\\/g, '\\').trim();
  const remoteTemplate = template && /^(?:https?:|file:|\\\\)/i.test(template) ? template.slice(0, 300) : undefined;
  return {
    ...(remoteTemplate ? { remoteTemplate } : {}),
    objects: text.match(/\\object\b/g)?.length ?? 0,
    objdata: text.match(/\\objdata\b/g)?.length ?? 0,
    autoUpdate: /\\objupdate\b/.test(text),
    classes: [...classes],
    embeddedClassHints: [...hints],
  };
}
