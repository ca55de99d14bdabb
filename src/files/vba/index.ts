import type { OleFile } from '../ole/index.js';

/**
 * VBA macro extraction ([MS-OVBA]): the `dir` stream names each module and where its compressed source
 * starts; module sources are decompressed (§2.4.1) and scanned for the calls that matter: auto-exec
 * entry points and the calls droppers make. The finding quotes them, so a reader sees why.
 */

/**
 * MS-OVBA decompression (§2.4.1.3), producing at most `maxOutput` bytes. Returns undefined when the
 * container signature is missing. Bad chunks end the output early rather than throw.
 * @example decompressOvba(Buffer.from([1, 0x03, 0xb0, 0x00, 0x61, 0x62, 0x63])) // "abc"
 */
export function decompressOvba(data: Uint8Array, start = 0, maxOutput = 16 * 1024 * 1024): Uint8Array | undefined {
  if (data[start] !== 0x01) return undefined;
  const out = new Uint8Array(Math.min(maxOutput, Math.max(4096, (data.length - start) * 8)));
  let outLen = 0;
  let pos = start + 1;
  while (pos + 2 <= data.length && outLen < out.length) {
    const header = data[pos]! | (data[pos + 1]! << 8);
    const chunkSize = (header & 0x0fff) + 3;
    const compressed = (header & 0x8000) !== 0;
    if (((header >> 12) & 0x07) !== 0b011) break; // CompressedChunkSignature
    const chunkEnd = Math.min(data.length, pos + chunkSize);
    pos += 2;
    const chunkStart = outLen;
    if (!compressed) {
      const n = Math.min(4096, data.length - pos, out.length - outLen);
      out.set(data.subarray(pos, pos + n), outLen);
      outLen += n;
      pos += 4096;
      continue;
    }
    while (pos < chunkEnd && outLen < out.length) {
      const flags = data[pos++]!;
      for (let bit = 0; bit < 8 && pos < chunkEnd && outLen < out.length; bit++) {
        if (((flags >> bit) & 1) === 0) {
          out[outLen++] = data[pos++]!;
          continue;
        }
        if (pos + 2 > chunkEnd) {
          pos = chunkEnd;
          break;
        }
        const token = data[pos]! | (data[pos + 1]! << 8);
        pos += 2;
        const decompressed = outLen - chunkStart;
        let bitCount = 4;
        while (1 << bitCount < decompressed) bitCount++;
        bitCount = Math.min(bitCount, 12);
        const lengthMask = 0xffff >> bitCount;
        const length = (token & lengthMask) + 3;
        const offset = (token >> (16 - bitCount)) + 1;
        const from = outLen - offset;
        if (from < chunkStart) return out.slice(0, outLen);
        for (let i = 0; i < length && outLen < out.length; i++) out[outLen++] = out[from + i]!;
      }
    }
    pos = chunkEnd;
  }
  return out.slice(0, outLen);
}

export interface VbaModule {
  name: string;
  /** Decompressed source (latin-1 decoded; VBA source is in the project code page, ASCII for keywords). */
  source: string;
}

interface DirModule {
  name: string;
  streamName: string;
  offset: number;
}

/** Parses a decompressed `dir` stream into module records (§2.3.4.2). */
function parseDir(dir: Uint8Array): DirModule[] {
  const modules: DirModule[] = [];
  let current: Partial<DirModule> = {};
  let pos = 0;
  const latin1 = (a: number, n: number): string => Buffer.from(dir.subarray(a, a + n)).toString('latin1');
  for (let guard = 0; guard < 100_000 && pos + 6 <= dir.length; guard++) {
    const id = dir[pos]! | (dir[pos + 1]! << 8);
    let size = (dir[pos + 2]! | (dir[pos + 3]! << 8) | (dir[pos + 4]! << 16) | (dir[pos + 5]! << 24)) >>> 0;
    // PROJECTVERSION declares Reserved = 4 but carries 6 bytes of version (§2.3.4.2.1.11).
    if (id === 0x09) size = 6;
    const data = pos + 6;
    if (data + size > dir.length) break;
    if (id === 0x19) current = { name: latin1(data, size) };
    else if (id === 0x1a) current.streamName = latin1(data, size);
    else if (id === 0x32 && size > 0) current.streamName = Buffer.from(dir.subarray(data, data + size)).toString('utf16le');
    else if (id === 0x31 && size >= 4) current.offset = (dir[data]! | (dir[data + 1]! << 8) | (dir[data + 2]! << 16) | (dir[data + 3]! << 24)) >>> 0;
    else if (id === 0x2b) {
      if (current.streamName !== undefined) modules.push({ name: current.name ?? current.streamName, streamName: current.streamName, offset: current.offset ?? 0 });
      current = {};
    } else if (id === 0x10) break;
    pos = data + size;
  }
  return modules;
}

/** Where in `prefix/…` the VBA storages are: any storage holding both `dir` and `_VBA_PROJECT`. */
function vbaStorages(ole: OleFile): string[] {
  const dirs = ole.streams.filter((s) => /(^|\/)dir$/i.test(s.path)).map((s) => s.path.slice(0, -3).replace(/\/$/, ''));
  return dirs.filter((prefix) => ole.streams.some((s) => s.path.toLowerCase() === `${prefix}/_vba_project`.toLowerCase().replace(/^\//, '')));
}

/**
 * Extracts VBA modules from an OLE file (a .doc/.xls or a vbaProject.bin), bounded by `maxBytes` of
 * source in total. When the `dir` stream is unreadable, falls back to finding the compressed
 * "Attribute" header inside each stream (as olevba does).
 */
export function extractVba(ole: OleFile, maxBytes = 8 * 1024 * 1024): { modules: VbaModule[]; hasVbaProject: boolean } {
  const modules: VbaModule[] = [];
  const storages = vbaStorages(ole);
  let budget = maxBytes;
  for (const storage of storages) {
    const prefix = storage ? `${storage}/` : '';
    const dirRaw = ole.read(`${prefix}dir`, 1024 * 1024);
    const dir = dirRaw && decompressOvba(dirRaw, 0, 4 * 1024 * 1024);
    const listed = dir ? parseDir(dir) : [];
    const done = new Set<string>();
    for (const m of listed) {
      if (budget <= 0) break;
      const stream = ole.read(`${prefix}${m.streamName}`, 16 * 1024 * 1024);
      if (!stream) continue;
      const src = decompressOvba(stream, m.offset, budget) ?? fallbackSource(stream, budget);
      if (!src) continue;
      done.add(m.streamName.toLowerCase());
      budget -= src.length;
      modules.push({ name: m.name, source: Buffer.from(src).toString('latin1') });
    }
    for (const s of ole.streams) {
      if (!s.path.toLowerCase().startsWith(prefix.toLowerCase()) || budget <= 0) continue;
      const base = s.path.slice(prefix.length);
      if (base.includes('/') || done.has(base.toLowerCase()) || /^(dir|_vba_project|__srp_\d+|project(wm)?|_vba_project_cur)$/i.test(base)) continue;
      const stream = ole.read(s.path, 16 * 1024 * 1024);
      const src = stream && fallbackSource(stream, budget);
      if (!src) continue;
      budget -= src.length;
      modules.push({ name: base, source: Buffer.from(src).toString('latin1') });
    }
  }
  return { modules, hasVbaProject: storages.length > 0 };
}

/** Finds a compressed container by its first literal run "Attribut" (flag byte 0x00 before it). */
function fallbackSource(stream: Uint8Array, max: number): Uint8Array | undefined {
  const at = Buffer.from(stream).indexOf('\x00Attribut', 0, 'latin1');
  if (at < 3) return undefined;
  return decompressOvba(stream, at - 3, max);
}

/** Entry points Office runs by itself when a document opens or closes. */
const AUTO_EXEC = /\b(Auto_?Open|Auto_?Close|AutoExec|AutoNew|AutoExit|Document_(?:Open|Close|New|BeforeClose|ContentControlOnEnter)|DocumentOpen|DocumentBeforeClose|Workbook_(?:Open|Activate|BeforeClose|Deactivate)|Workbook_Window\w+|Auto_Activate|\w+_Painted|\w+_GotFocus|\w+_Layout|\w+_Resize|InkPicture1_Painted|Presentation_Open|App_\w+)\b/gi;

/** Calls and objects droppers use; each with a short name for the evidence. */
const DECLARE = /\bDeclare\s+(?:PtrSafe\s+)?(?:Function|Sub)\b/gi;
const LIB = /\bLib\b/gi;

/**
 * Whether a `Declare [PtrSafe] Function|Sub` has `Lib` after it on its line: what
 * `/\bDeclare\s+(?:PtrSafe\s+)?(?:Function|Sub)\b[^\n]*\bLib\b/i` matched. That pattern scanned to the end of the line
 * from every declaration without `Lib` (300 KB of `Declare Function ` on one line took 6.6 s); here the next `Lib` and
 * the next line end are each searched once for all the declarations before them.
 */
export function declaresNativeApi(code: string): boolean {
  let lib = -2;
  let newline = -2;
  DECLARE.lastIndex = 0;
  for (let m = DECLARE.exec(code); m !== null; m = DECLARE.exec(code)) {
    const after = m.index + m[0].length;
    if (lib !== -1 && lib < after) {
      LIB.lastIndex = after;
      lib = LIB.exec(code)?.index ?? -1;
    }
    if (lib === -1) return false;
    if (newline !== -1 && newline < after) newline = code.indexOf('\n', after);
    if (newline === -1 || lib < newline) return true;
  }
  return false;
}

const SUSPICIOUS: readonly [{ test(code: string): boolean }, string][] = [
  // `Shell(...)`, `Shell "..."` and `Shell cmd`, but not the object names WScript.Shell / "Shell.Application".
  [/(?<![.\w"])Shell\s*[("\w&]/i, 'Shell'],
  [/\bWScript\.Shell\b/i, 'WScript.Shell'],
  [/\bShell\.Application\b/i, 'Shell.Application'],
  [/\bShellExecute\w*\b/i, 'ShellExecute'],
  [/\bURLDownloadToFile\w*\b/i, 'URLDownloadToFile'],
  [/\bCreateObject\s*\(/i, 'CreateObject'],
  [/\bGetObject\s*\(/i, 'GetObject'],
  [/\b(?:MSXML2\.|WinHttp\.Win)?(?:Server)?XMLHTTP\b/i, 'XMLHTTP'],
  [/\bADODB\.Stream\b/i, 'ADODB.Stream'],
  [/\bSaveToFile\b/i, 'SaveToFile'],
  [/\bpowershell\b/i, 'PowerShell'],
  [/\bcmd(?:\.exe)?\s*\/c\b/i, 'cmd /c'],
  [/\bmshta\b/i, 'mshta'],
  [/\b(?:certutil|bitsadmin|regsvr32|rundll32|wmic)\b/i, 'LOLBin'],
  [/\bCallByName\b/i, 'CallByName'],
  [/\bExecuteExcel4Macro\b/i, 'ExecuteExcel4Macro'],
  [/\b(?:VirtualAlloc\w*|RtlMoveMemory|CreateThread|WriteProcessMemory|EnumSystemLocalesA?)\b/i, 'memory injection API'],
  [{ test: declaresNativeApi }, 'Declare … Lib (native API)'],
  [/\bStrReverse\s*\(/i, 'StrReverse'],
  [/\bEnviron\s*\(/i, 'Environ'],
  [/\bKill\s+\S/i, 'Kill (deletes files)'],
  [/\bOpen\s+\S+\s+For\s+(?:Binary|Output)\b/i, 'Open … For Binary/Output (writes files)'],
  [/\bWin32_Process\b/i, 'Win32_Process'],
  [/\bhttps?:\/\/[^\s"']+/i, 'URL in macro'],
];

export interface MacroAnalysis {
  /** Auto-exec entry points found (distinct, as written). */
  autoExec: string[];
  /** Suspicious calls found (distinct short names). */
  suspicious: string[];
  /** `Chr(…)` / `ChrW(…)` calls: many of them mean strings built to evade keyword scanning. */
  chrCalls: number;
  /** URLs quoted in the source (bounded). */
  urls: string[];
  /** Total source characters. */
  sourceChars: number;
}

/** Scans module sources for auto-exec names and suspicious calls. Linear in the source length. */
export function analyzeMacros(modules: readonly VbaModule[]): MacroAnalysis {
  const autoExec = new Set<string>();
  const suspicious = new Set<string>();
  const urls = new Set<string>();
  let chrCalls = 0;
  let sourceChars = 0;
  for (const m of modules) {
    // Attribute lines are VBE metadata, not code.
    const code = m.source.replace(/^Attribute VB_[^\n]*\n?/gm, '');
    sourceChars += code.length;
    for (const match of code.matchAll(/\b(?:Sub|Function)\s+(\w+)/gi)) {
      const name = match[1]!;
      AUTO_EXEC.lastIndex = 0;
      if (AUTO_EXEC.test(name) && AUTO_EXEC.lastIndex === name.length) autoExec.add(name);
    }
    for (const [re, label] of SUSPICIOUS) if (re.test(code)) suspicious.add(label);
    chrCalls += code.match(/\bChr[WB]?\$?\s*\(/gi)?.length ?? 0;
    for (const u of code.matchAll(/\bhttps?:\/\/[^\s"'<>)]+/gi)) if (urls.size < 20) urls.add(u[0]);
  }
  if (chrCalls >= 10) suspicious.add(`Chr() obfuscation (${chrCalls} calls)`);
  return { autoExec: [...autoExec], suspicious: [...suspicious], chrCalls, urls: [...urls], sourceChars };
}
