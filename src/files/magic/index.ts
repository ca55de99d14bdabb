/**
 * Real file type from content (magic bytes), synchronously, for the types that matter to mail security.
 * The declared MIME type and the name's extension are claims of the sender; these bytes are what the
 * recipient's operating system will act on.
 *
 * Why not file-type: it is asynchronous (a promise per attachment and per inner file on the hot path),
 * detects hundreds of media formats we do not need, and misses the ones mail malware uses (LNK, OneNote,
 * CHM, VHD images, scripts by their shebang). file-type was removed.
 */

import { isAppleProfile } from '../apple-profile/index.js';

/** The file kinds spamlab tells apart. `unknown` means none of the signatures matched. */
export type FileKind =
  | 'pe'
  | 'elf'
  | 'macho'
  | 'zip'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'bzip2'
  | 'xz'
  | 'tar'
  | 'cab'
  | 'tnef'
  | 'ace'
  | 'arj'
  | 'iso'
  | 'udf'
  | 'vhd'
  | 'vhdx'
  | 'ole'
  | 'pdf'
  | 'rtf'
  | 'apple-profile'
  | 'lnk'
  | 'onenote'
  | 'chm'
  | 'html'
  | 'svg'
  | 'xml'
  | 'script'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'bmp'
  | 'tiff'
  | 'webp'
  | 'ico'
  | 'mp3'
  | 'mp4'
  | 'wav'
  | 'text'
  | 'unknown';

/** What sniffing found: the kind and a human label ("PE32 executable", "Microsoft OneNote"). */
export interface Sniffed {
  kind: FileKind;
  label: string;
}

const LABELS: Record<FileKind, string> = {
  pe: 'Windows PE executable',
  elf: 'ELF executable',
  macho: 'Mach-O executable',
  zip: 'ZIP archive',
  rar: 'RAR archive',
  '7z': '7-Zip archive',
  gzip: 'gzip data',
  bzip2: 'bzip2 data',
  xz: 'xz data',
  tar: 'tar archive',
  cab: 'Microsoft Cabinet',
  tnef: 'TNEF (winmail.dat)',
  ace: 'ACE archive',
  arj: 'ARJ archive',
  iso: 'ISO 9660 disk image',
  udf: 'UDF disk image',
  vhd: 'VHD disk image',
  vhdx: 'VHDX disk image',
  ole: 'OLE compound file (Office 97-2003, MSI)',
  pdf: 'PDF document',
  rtf: 'RTF document',
  'apple-profile': 'Apple configuration or provisioning profile',
  lnk: 'Windows shortcut (LNK)',
  onenote: 'Microsoft OneNote',
  chm: 'Compiled HTML Help (CHM)',
  html: 'HTML document',
  svg: 'SVG image',
  xml: 'XML document',
  script: 'script text',
  png: 'PNG image',
  jpeg: 'JPEG image',
  gif: 'GIF image',
  bmp: 'BMP image',
  tiff: 'TIFF image',
  webp: 'WebP image',
  ico: 'Windows icon',
  mp3: 'MP3 audio',
  mp4: 'MP4/QuickTime media',
  wav: 'WAV audio',
  text: 'plain text',
  unknown: 'unknown data',
};

/** Label of a kind, for evidence text. */
export function kindLabel(kind: FileKind): string {
  return LABELS[kind];
}

const ONENOTE_GUID = [0xe4, 0x52, 0x5c, 0x7b, 0x8c, 0xd8, 0xa7, 0x4d, 0xae, 0xb1, 0x53, 0x78, 0xd0, 0x29, 0x96, 0xd3];
// [MS-SHLLINK] §2.1: HeaderSize 0x4C then LinkCLSID 00021401-0000-0000-C000-000000000046.
const LNK_HEADER = [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

function ascii(b: Uint8Array, at: number, len: number): string {
  let s = '';
  for (let i = at; i < at + len && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Whether `b` holds a DOS header whose e_lfanew points at a `PE\0\0` signature. */
function isPe(b: Uint8Array): boolean {
  if (b.length < 0x40 || b[0] !== 0x4d || b[1] !== 0x5a) return false;
  const lfanew = b[0x3c]! | (b[0x3d]! << 8) | (b[0x3e]! << 16) | (b[0x3f]! << 24);
  return lfanew > 0 && lfanew + 4 <= b.length && startsWith(b, [0x50, 0x45, 0, 0], lfanew);
}

/**
 * Sniffs the real type of `bytes`. Looks at fixed offsets only (plus the first 1 KiB for text), so it is
 * O(1) in the file size. An `MZ` file without a valid PE header is still reported as `pe`: Windows
 * refuses it, but the sender meant an executable, and the PE parser reports it malformed.
 * @example sniff(Buffer.from('%PDF-1.7\n')).kind === 'pdf'
 */
export function sniff(bytes: Uint8Array): Sniffed {
  const kind = sniffKind(bytes);
  return { kind, label: LABELS[kind] };
}

function sniffKind(b: Uint8Array): FileKind {
  if (b.length === 0) return 'unknown';
  if (b[0] === 0x4d && b[1] === 0x5a) return isPe(b) || b.length >= 0x40 ? 'pe' : 'unknown';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (
    startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xcf, 0xfa, 0xed, 0xfe])
  )
    return 'macho';
  // 0xCAFEBABE is both a Mach-O universal binary and a Java class; a small arch count means Mach-O.
  if (startsWith(b, [0xca, 0xfe, 0xba, 0xbe]) && b.length >= 8 && b[4] === 0 && b[5] === 0 && b[6] === 0 && b[7]! < 20) return 'macho';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]) || startsWith(b, [0x50, 0x4b, 0x07, 0x08])) return 'zip';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(b, [0x42, 0x5a, 0x68]) && b[3]! >= 0x31 && b[3]! <= 0x39) return 'bzip2';
  if (startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(b, [0x4d, 0x53, 0x43, 0x46])) return 'cab';
  if (startsWith(b, [0x78, 0x9f, 0x3e, 0x22])) return 'tnef';
  if (ascii(b, 7, 7) === '**ACE**') return 'ace';
  if (startsWith(b, [0x60, 0xea])) return 'arj';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(b, LNK_HEADER)) return 'lnk';
  if (startsWith(b, ONENOTE_GUID)) return 'onenote';
  if (ascii(b, 0, 4) === 'ITSF') return 'chm';
  if (ascii(b, 0, 8) === 'conectix') return 'vhd';
  if (ascii(b, 0, 8) === 'vhdxfile') return 'vhdx';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(b, 0, 4) === 'GIF8') return 'gif';
  if (ascii(b, 0, 2) === 'BM' && b.length > 14) return 'bmp';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return 'wav';
  if (startsWith(b, [0x00, 0x00, 0x01, 0x00]) && b.length > 6 && b[4]! > 0) return 'ico';
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && b.length > 4 && b[1] !== 0xff)) return 'mp3';
  if (ascii(b, 4, 4) === 'ftyp') return 'mp4';
  // ISO 9660: volume descriptor "CD001" at sector 16 (ECMA-119 §8.1); UDF: "BEA01"/"NSR0x" there too.
  for (const at of [0x8001, 0x8801, 0x9001]) {
    if (ascii(b, at, 5) === 'CD001') return 'iso';
    if (ascii(b, at, 5) === 'BEA01' || ascii(b, at, 4) === 'NSR0') return 'udf';
  }
  // A fixed VHD carries its "conectix" footer in the last 512 bytes only.
  if (b.length >= 512 && ascii(b, b.length - 512, 8) === 'conectix') return 'vhd';
  if (b.length >= 512 && ascii(b, 257, 5) === 'ustar') return 'tar';
  const pdfAt = ascii(b, 0, 1024).indexOf('%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (ascii(b, 0, 5) === '{\\rtf' || ascii(b, 0, 4) === '{\\rt') return 'rtf';
  // Before text: an XML profile is XML to a text sniffer, and iOS and macOS install it whatever it is named.
  if (isAppleProfile(b)) return 'apple-profile';
  return sniffText(b);
}

/** Text-based kinds: HTML, SVG, XML, scripts (by shebang or strong markers), else text or unknown. */
function sniffText(b: Uint8Array): FileKind {
  const head = ascii(b, 0, 2048);
  let binary = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) binary++;
  }
  // UTF-16 text has NULs every other byte; treat it as text by looking at the odd bytes.
  const utf16 = head.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
  if (binary > head.length / 10 && !utf16) return 'unknown';
  const lower = (utf16 ? head.replace(/\0/g, '') : head).replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (lower.startsWith('#!')) return 'script';
  if (/^<svg[\s>]/.test(lower) || (/^<\?xml/.test(lower) && /<svg[\s>]/.test(lower))) return 'svg';
  if (doctypeAfterComments(lower) || /^<html[\s>]|^<head[\s>]|^<body[\s>]|^<script[\s>]|^<meta[\s>]|^<iframe[\s>]|^<form[\s>]/.test(lower)) return 'html';
  if (/^<\?xml/.test(lower)) return /<html[\s>]/.test(lower) ? 'html' : 'xml';
  if (/<html[\s>]|<script[\s>]/.test(lower)) return 'html';
  if (/^\s*(@echo off|powershell|<job|<package>|set objshell|dim |on error resume next|function |var |const |let )/.test(lower)) return 'script';
  return 'text';
}

/**
 * Whether `lower` opens with `<!doctype html`, alone or after comments and blanks: what
 * `/^(<!--[\s\S]*?-->\s*)*<!doctype html/` matched. That pattern backtracked exponentially when no doctype followed a
 * run of comments (20 `<!-- -->` took 9 ms, each one more doubled it: a 300-byte attachment never finished). As a
 * language it is a doctype at some point whose text before it is empty, or starts with `<!--` and ends, blanks aside,
 * with a `-->` after that opening (one group's `[\s\S]*?` can span every comment between), tested at each doctype.
 */
export function doctypeAfterComments(lower: string): boolean {
  for (let at = lower.indexOf('<!doctype html'); at >= 0; at = lower.indexOf('<!doctype html', at + 1)) {
    if (at === 0) return true;
    if (!lower.startsWith('<!--')) return false;
    let end = at;
    while (end > 0 && BLANK.test(lower[end - 1]!)) end--;
    if (end >= 7 && lower.startsWith('-->', end - 3)) return true;
  }
  return false;
}
const BLANK = /^\s$/;
