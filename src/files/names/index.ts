import { createRequire } from 'node:module';

/**
 * unhomoglyph, loaded on the first non-ASCII extension: loading it builds a regular expression of its ~6,000
 * confusables, ~5 ms of every start for a case most mail never has.
 */
let unhomoglyphFn: ((text: string) => string) | undefined;
const unhomoglyph = (text: string): string => (unhomoglyphFn ??= createRequire(import.meta.url)('unhomoglyph') as (text: string) => string)(text);

/**
 * What a file name says and hides: its extension's risk, double extensions (`invoice.pdf.scr`), long runs
 * of spaces that push the real extension out of view, bidirectional overrides that display
 * `invoice\u202Egpj.exe` as `invoiceexe.jpg` (Unicode UAX #9 explicit formatting characters), and
 * extensions spelt with lookalike letters (Cyrillic `е` in `.exе`, UTS #39 confusables).
 */

/** Risk class of an extension. */
export type ExtensionClass = 'executable' | 'script' | 'container' | 'macro-document' | 'archive' | 'document' | 'other';

const EXECUTABLE = ['exe', 'scr', 'com', 'pif', 'cpl', 'dll', 'msi', 'msp', 'msc', 'ocx', 'sys', 'drv', 'gadget', 'appx', 'appxbundle', 'msix', 'msixbundle', 'application', 'xll', 'jar', 'apk', 'ipa', 'dmg', 'pkg', 'elf'];
const SCRIPT = ['js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'hta', 'ps1', 'psm1', 'psd1', 'bat', 'cmd', 'sct', 'reg', 'scf', 'vb', 'inf', 'ahk', 'au3', 'sh', 'command', 'applescript', 'mht', 'mhtml'];
// Apple configuration and provisioning profiles install accounts, certificates, VPNs, device management or a stranger's apps.
const CONTAINER = ['mobileconfig', 'mobileprovision', 'lnk', 'url', 'iso', 'img', 'vhd', 'vhdx', 'one', 'onepkg', 'chm', 'hlp', 'library-ms', 'settingcontent-ms', 'search-ms', 'searchconnector-ms', 'iqy', 'slk', 'website', 'appref-ms', 'diagcab', 'udl'];
const MACRO_DOCUMENT = ['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xlsb', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm'];
const ARCHIVE = ['zip', 'zipx', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'tbz', 'xz', 'txz', 'ace', 'arj', 'cab', 'lzh', 'lha', 'z', 'uue', 'r00', 'r01', '001', 'alz', 'egg', 'zst'];
const DOCUMENT = ['pdf', 'doc', 'docx', 'dot', 'dotx', 'xls', 'xlsx', 'xlt', 'xltx', 'ppt', 'pptx', 'pps', 'ppsx', 'rtf', 'txt', 'odt', 'ods', 'odp', 'csv', 'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'htm', 'html', 'svg', 'xml', 'mp3', 'mp4', 'wav', 'avi', 'mov', 'wmv', 'eml', 'msg', 'ics', 'vcf', 'xps', 'oxps', 'jtd', 'hwp', 'webp', 'heic'];

const CLASS_BY_EXTENSION = new Map<string, ExtensionClass>();
for (const [list, cls] of [
  [EXECUTABLE, 'executable'],
  [SCRIPT, 'script'],
  [CONTAINER, 'container'],
  [MACRO_DOCUMENT, 'macro-document'],
  [ARCHIVE, 'archive'],
  [DOCUMENT, 'document'],
] as const) {
  for (const ext of list) CLASS_BY_EXTENSION.set(ext, cls);
}

/** Class of a lower-case extension without the dot. */
export function extensionClass(ext: string): ExtensionClass {
  return CLASS_BY_EXTENSION.get(ext) ?? 'other';
}

/** Whether opening a file with this extension runs code on Windows (or mounts something that does), or installs a profile on an Apple device. */
export function isDangerousClass(cls: ExtensionClass): boolean {
  return cls === 'executable' || cls === 'script' || cls === 'container';
}

// UAX #9 explicit directional formatting characters: embeddings, overrides and isolates.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Whitespace a name may use to push the extension out of view (Zs, tabs, ideographic space, braille blank).
const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u3000\u2800_]{5,}/u;
/** An extension-like token: 1–20 letters/digits (plus `-` for library-ms and friends; `searchconnector-ms` has 18, `mobileprovision` 15). */
const EXTENSION_TOKEN = /^[\p{L}\p{N}-]{1,20}$/u;

export interface NameFacts {
  /** The name as given. */
  name: string;
  /** Last extension, lower-cased, without the dot ('' when none). Bidi controls removed. */
  extension: string;
  extensionClass: ExtensionClass;
  /** `['pdf', 'scr']` for `FAX_scan.pdf.scr` when the decoy is a document/archive and the real one dangerous. */
  doubleExtension?: { decoy: string; real: string };
  /** Longest run of spaces (or lookalike blanks) before the extension, when ≥ 5. */
  spaceRun?: number;
  /** Bidirectional control characters found (code points as U+XXXX). */
  bidiControls: string[];
  /** What the name looks like on screen when it carries a right-to-left override (approximation of UAX #9). */
  displayedAs?: string;
  /** Extension written with lookalike (non-ASCII) letters: what it is read as. */
  lookalikeExtension?: { written: string; readAs: string };
}

/**
 * Analyses a file name. Pure and O(n) in the name's length.
 * @example analyzeName('FAX_scan.pdf.scr').doubleExtension // { decoy: 'pdf', real: 'scr' }
 */
export function analyzeName(name: string): NameFacts {
  const bidi = [...new Set([...name.matchAll(BIDI_CONTROLS)].map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
  const clean = trimTrailingBlanksAndDots(name.replace(BIDI_CONTROLS, ''));
  const base = clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
  const parts = base.split('.');
  const rawExt = parts.length > 1 ? parts[parts.length - 1]! : '';
  const extToken = EXTENSION_TOKEN.test(rawExt) ? rawExt.toLowerCase() : '';
  let extension = extToken;
  const facts: NameFacts = { name, extension, extensionClass: 'other', bidiControls: bidi };

  if (extToken && /[^\x00-\x7f]/.test(extToken)) {
    const readAs = unhomoglyph(extToken.normalize('NFKC')).toLowerCase();
    if (/^[a-z0-9-]+$/.test(readAs)) {
      facts.lookalikeExtension = { written: extToken, readAs };
      extension = readAs;
    }
  }
  facts.extension = extension;
  facts.extensionClass = extensionClass(extension);

  if (parts.length > 2) {
    const penult = parts[parts.length - 2]!.trim().toLowerCase().normalize('NFKC');
    const penultClass = EXTENSION_TOKEN.test(penult) ? extensionClass(penult) : 'other';
    const finalDangerous = isDangerousClass(facts.extensionClass);
    const decoy = penultClass === 'document' || penultClass === 'archive' || penultClass === 'macro-document';
    // `file.pdf.exe` hides an executable behind a document; `file.scr.xz` ships an executable compressed.
    if ((finalDangerous && decoy) || (isDangerousClass(penultClass) && penultClass !== 'container' && facts.extensionClass === 'archive')) {
      facts.doubleExtension = { decoy: penult, real: extension };
    }
  }
  const beforeExt = rawExt ? base.slice(0, base.length - rawExt.length - 1) : base;
  const run = SPACE_RUN.exec(beforeExt);
  if (run && rawExt) facts.spaceRun = run[0].length;

  if (name.includes('\u202e')) facts.displayedAs = displayWithOverride(name);
  return facts;
}

/**
 * The name without its trailing whitespace and dots: what `/[\s.]+$/u` removed, by a backward loop. The pattern was
 * quadratic on a name of many blanks or dots not at its end (a 60 KB zip entry name of ' .' pairs took 2.6 s);
 * every character `\s` matches is one UTF-16 unit, so testing units is the same set.
 */
export function trimTrailingBlanksAndDots(name: string): string {
  let end = name.length;
  while (end > 0 && TRAILING_BLANK_OR_DOT.test(name[end - 1]!)) end--;
  return end === name.length ? name : name.slice(0, end);
}
const TRAILING_BLANK_OR_DOT = /^[\s.]$/u;

/**
 * Approximates how a name with U+202E RIGHT-TO-LEFT OVERRIDE renders: the characters after the override
 * (up to a U+202C POP DIRECTIONAL FORMATTING) are shown in reverse order (UAX #9 rule X6 for RLO).
 */
function displayWithOverride(name: string): string {
  return name.replace(/\u202e([^\u202c]*)\u202c?/gu, (_, run: string) => [...run].reverse().join('')).replace(BIDI_CONTROLS, '');
}
