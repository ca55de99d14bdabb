import { entropy } from '../hash/index.js';

/**
 * A PE/COFF parser for triage (Microsoft PE Format specification): headers, sections and their entropy,
 * imports, timestamp and overlay. Every offset is checked against the buffer; anything that does not add
 * up is recorded in `problems` (a malformed PE is itself a finding), never thrown.
 */

export interface PeSection {
  name: string;
  virtualAddress: number;
  virtualSize: number;
  rawOffset: number;
  rawSize: number;
  entropy: number;
  characteristics: number;
}

export interface PeFacts {
  /** `PE32` or `PE32+`. */
  format?: 'PE32' | 'PE32+';
  machine?: number;
  /** IMAGE_FILE_DLL set. */
  isDll: boolean;
  /** Subsystem: 2 GUI, 3 console, 10+ EFI… */
  subsystem?: number;
  /** COFF TimeDateStamp (seconds since 1970; often a hash in reproducible builds). */
  timestamp?: number;
  sections: PeSection[];
  /** Imported functions as `dll!Function` (lower-case DLL), bounded. */
  imports: string[];
  /** Bytes after the last section (and outside the certificate table): droppers append payloads there. */
  overlaySize: number;
  /** .NET assembly (CLR runtime header present). */
  dotnet: boolean;
  /** Authenticode certificate table present. */
  signed: boolean;
  /** Structural problems: the reasons the PE is malformed. */
  problems: string[];
}

const MAX_SECTIONS = 96; // the Windows loader's limit
const MAX_IMPORTS = 2000;
const MAX_DLLS = 256;

function u16(b: Uint8Array, at: number): number {
  return at >= 0 && at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1;
}
function u32(b: Uint8Array, at: number): number {
  return at >= 0 && at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : -1;
}
function cstring(b: Uint8Array, at: number, max = 256): string {
  if (at < 0 || at >= b.length) return '';
  let end = at;
  while (end < b.length && end - at < max && b[end] !== 0) end++;
  return Buffer.from(b.subarray(at, end)).toString('latin1');
}

/**
 * Parses a PE file. `bytes` starting with `MZ` always yields facts; `problems` says what is broken.
 * @example parsePe(buf).imports.includes('urlmon.dll!URLDownloadToFileA')
 */
export function parsePe(b: Uint8Array): PeFacts {
  const facts: PeFacts = { isDll: false, sections: [], imports: [], overlaySize: 0, dotnet: false, signed: false, problems: [] };
  if (b.length < 0x40 || b[0] !== 0x4d || b[1] !== 0x5a) {
    facts.problems.push('DOS header truncated');
    return facts;
  }
  const lfanew = u32(b, 0x3c);
  if (lfanew < 0x40 - 4 || lfanew > b.length - 24 || lfanew > 0x10000000) {
    facts.problems.push(`e_lfanew ${lfanew} points outside the file`);
    return facts;
  }
  if (u32(b, lfanew) !== 0x00004550) {
    facts.problems.push('no PE signature at e_lfanew');
    return facts;
  }
  const coff = lfanew + 4;
  facts.machine = u16(b, coff);
  const numSections = u16(b, coff + 2);
  facts.timestamp = u32(b, coff + 4);
  const optSize = u16(b, coff + 16);
  const characteristics = u16(b, coff + 18);
  facts.isDll = (characteristics & 0x2000) !== 0;
  const opt = coff + 20;
  const magic = u16(b, opt);
  if (magic === 0x10b) facts.format = 'PE32';
  else if (magic === 0x20b) facts.format = 'PE32+';
  else facts.problems.push(`unknown optional header magic 0x${(magic >>> 0).toString(16)}`);
  if (optSize < (facts.format === 'PE32+' ? 112 : 96)) facts.problems.push(`optional header too small (${optSize})`);
  if (numSections === 0 || numSections > MAX_SECTIONS) facts.problems.push(`${numSections} sections`);

  facts.subsystem = u16(b, opt + 68);
  const dirBase = opt + (facts.format === 'PE32+' ? 112 : 96);
  const numDirs = Math.min(16, Math.max(0, u32(b, opt + (facts.format === 'PE32+' ? 108 : 92))));
  const dir = (i: number): { rva: number; size: number } =>
    i < numDirs && dirBase + i * 8 + 8 <= opt + optSize ? { rva: u32(b, dirBase + i * 8), size: u32(b, dirBase + i * 8 + 4) } : { rva: 0, size: 0 };

  const sectionTable = opt + optSize;
  let rawEnd = 0;
  for (let i = 0; i < Math.min(numSections, MAX_SECTIONS); i++) {
    const at = sectionTable + i * 40;
    if (at + 40 > b.length) {
      facts.problems.push('section table truncated');
      break;
    }
    const name = cstring(b, at, 8);
    const virtualSize = u32(b, at + 8);
    const virtualAddress = u32(b, at + 12);
    const rawSize = u32(b, at + 16);
    const rawOffset = u32(b, at + 20);
    const chars = u32(b, at + 36);
    if (rawSize > 0 && rawOffset + rawSize > b.length) facts.problems.push(`section "${name}" extends past the end of the file`);
    const data = b.subarray(Math.min(rawOffset, b.length), Math.min(b.length, rawOffset + rawSize));
    facts.sections.push({ name, virtualAddress, virtualSize, rawOffset, rawSize, entropy: Math.round(entropy(data) * 100) / 100, characteristics: chars });
    if (rawSize > 0) rawEnd = Math.max(rawEnd, rawOffset + rawSize);
  }

  const rvaToOffset = (rva: number): number => {
    for (const s of facts.sections) {
      const span = Math.max(s.virtualSize, s.rawSize);
      if (rva >= s.virtualAddress && rva < s.virtualAddress + span) return rva - s.virtualAddress + s.rawOffset;
    }
    // Headers are mapped at RVA 0.
    return rva < (facts.sections[0]?.rawOffset ?? b.length) ? rva : -1;
  };

  readImports(b, dir(1).rva, rvaToOffset, facts);
  facts.dotnet = dir(14).rva !== 0;
  const cert = dir(4);
  facts.signed = cert.rva !== 0 && cert.size > 0;
  if (rawEnd > 0 && rawEnd < b.length) {
    let overlay = b.length - rawEnd;
    // The certificate table is addressed by file offset and normally sits after the sections.
    if (facts.signed && cert.rva >= rawEnd) overlay -= Math.min(overlay, cert.size);
    facts.overlaySize = overlay;
  }
  return facts;
}

function readImports(b: Uint8Array, importRva: number, rvaToOffset: (rva: number) => number, facts: PeFacts): void {
  if (!importRva) return;
  let desc = rvaToOffset(importRva);
  if (desc < 0) {
    facts.problems.push('import directory outside every section');
    return;
  }
  const wide = facts.format === 'PE32+';
  for (let d = 0; d < MAX_DLLS && desc + 20 <= b.length; d++, desc += 20) {
    const originalThunk = u32(b, desc);
    const nameRva = u32(b, desc + 12);
    const firstThunk = u32(b, desc + 16);
    if (originalThunk === 0 && nameRva === 0 && firstThunk === 0) return;
    const dll = cstring(b, rvaToOffset(nameRva)).toLowerCase();
    if (!dll) continue;
    let thunk = rvaToOffset(originalThunk || firstThunk);
    if (thunk < 0) continue;
    for (let n = 0; facts.imports.length < MAX_IMPORTS && n < 4096; n++, thunk += wide ? 8 : 4) {
      const lo = u32(b, thunk);
      const hi = wide ? u32(b, thunk + 4) : 0;
      if (lo <= 0 && hi <= 0) break;
      const byOrdinal = wide ? (hi & 0x80000000) !== 0 : (lo & 0x80000000) !== 0;
      if (byOrdinal) {
        facts.imports.push(`${dll}!#${lo & 0xffff}`);
        continue;
      }
      const fn = cstring(b, rvaToOffset(lo & 0x7fffffff) + 2, 128);
      if (fn) facts.imports.push(`${dll}!${fn}`);
    }
  }
}

/** Imports that downloaders, injectors and droppers use (matched on the function name, A/W suffix ignored). */
export const NOTABLE_IMPORTS: readonly string[] = [
  'URLDownloadToFile',
  'URLDownloadToCacheFile',
  'InternetOpenUrl',
  'InternetReadFile',
  'HttpSendRequest',
  'WinHttpSendRequest',
  'WinExec',
  'ShellExecute',
  'ShellExecuteEx',
  'CreateProcess',
  'VirtualAlloc',
  'VirtualAllocEx',
  'VirtualProtect',
  'WriteProcessMemory',
  'CreateRemoteThread',
  'NtUnmapViewOfSection',
  'SetWindowsHookEx',
  'GetAsyncKeyState',
  'IsDebuggerPresent',
  'CryptEncrypt',
  'RegSetValueEx',
];

/** The notable imports of a parsed PE, as `dll!Function`. */
export function notableImports(facts: PeFacts): string[] {
  const wanted = new Set(NOTABLE_IMPORTS.map((n) => n.toLowerCase()));
  return facts.imports.filter((imp) => {
    const fn = imp.slice(imp.indexOf('!') + 1).toLowerCase();
    return wanted.has(fn) || wanted.has(fn.replace(/[aw]$/, ''));
  });
}

/** Section names packers leave behind. */
const PACKER_SECTIONS = /^(upx\d?|\.upx\d?|\.aspack|\.adata|\.packed|\.mpress\d|\.petite|\.themida|\.vmp\d|\.nsp\d|\.enigma\d|pec\d|\.perplex|\.yp|fsg!?)$/i;

/** Packing evidence: packer section names and executable sections with near-random content. */
export function packingEvidence(facts: PeFacts): string[] {
  const evidence: string[] = [];
  for (const s of facts.sections) {
    if (PACKER_SECTIONS.test(s.name)) evidence.push(`section ${s.name}`);
    else if (s.rawSize >= 1024 && s.entropy >= 7.2) evidence.push(`section ${s.name || '(unnamed)'} entropy ${s.entropy.toFixed(2)}`);
  }
  return evidence;
}
