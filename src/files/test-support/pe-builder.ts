/** Options for a tiny but structurally valid PE32 image. */
export interface PeSpec {
  /** Imported functions by DLL. */
  imports?: Record<string, string[]>;
  /** COFF TimeDateStamp. */
  timestamp?: number;
  /** Section names (first holds code, last the imports). */
  sectionNames?: string[];
  /** Fill the code section with pseudo-random bytes (high entropy) of this size. */
  randomCode?: number;
  /** Bytes appended after the last section. */
  overlay?: number;
  dll?: boolean;
}

const FILE_ALIGN = 0x200;
const SECTION_ALIGN = 0x1000;

/**
 * Builds a PE32 file: DOS header, PE header, optional header with 16 data directories, a code section
 * and an import section with a real import directory, hint/name table and thunks.
 * @example buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'] } })
 */
export function buildPe(spec: PeSpec = {}): Buffer {
  const names = spec.sectionNames ?? ['.text', '.idata'];
  const codeSize = spec.randomCode ?? 0x200;
  const code = Buffer.alloc(Math.ceil(codeSize / FILE_ALIGN) * FILE_ALIGN, 0x90);
  if (spec.randomCode) {
    let x = 12345;
    for (let i = 0; i < code.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      code[i] = x >>> 24;
    }
  }
  const importRva = SECTION_ALIGN * 2;
  const idata = buildImports(spec.imports ?? { 'kernel32.dll': ['ExitProcess'] }, importRva);
  const idataRaw = Buffer.alloc(Math.ceil(idata.length / FILE_ALIGN) * FILE_ALIGN);
  idata.copy(idataRaw);

  const headers = Buffer.alloc(0x400);
  headers.write('MZ', 0, 'latin1');
  headers.writeUInt32LE(0x80, 0x3c);
  headers.write('PE\0\0', 0x80, 'latin1');
  const coff = 0x84;
  headers.writeUInt16LE(0x14c, coff);
  headers.writeUInt16LE(2, coff + 2);
  headers.writeUInt32LE(spec.timestamp ?? 1_400_000_000, coff + 4);
  headers.writeUInt16LE(224, coff + 16);
  headers.writeUInt16LE(0x0102 | (spec.dll ? 0x2000 : 0), coff + 18);
  const opt = coff + 20;
  headers.writeUInt16LE(0x10b, opt);
  headers.writeUInt32LE(SECTION_ALIGN, opt + 16); // entry point
  headers.writeUInt32LE(0x400000, opt + 28);
  headers.writeUInt32LE(SECTION_ALIGN, opt + 32);
  headers.writeUInt32LE(FILE_ALIGN, opt + 36);
  headers.writeUInt16LE(2, opt + 68); // GUI
  headers.writeUInt32LE(16, opt + 92);
  headers.writeUInt32LE(importRva, opt + 96 + 8);
  headers.writeUInt32LE(idata.length, opt + 96 + 12);
  const table = opt + 224;
  const sections = [
    { name: names[0] ?? '.text', rva: SECTION_ALIGN, raw: 0x400, data: code, chars: 0x60000020 },
    { name: names[1] ?? '.idata', rva: importRva, raw: 0x400 + code.length, data: idataRaw, chars: 0xc0000040 },
  ];
  sections.forEach((s, i) => {
    const at = table + i * 40;
    headers.write(s.name.slice(0, 8), at, 'latin1');
    headers.writeUInt32LE(s.data.length, at + 8);
    headers.writeUInt32LE(s.rva, at + 12);
    headers.writeUInt32LE(s.data.length, at + 16);
    headers.writeUInt32LE(s.raw, at + 20);
    headers.writeUInt32LE(s.chars, at + 36);
  });
  return Buffer.concat([headers, code, idataRaw, Buffer.alloc(spec.overlay ?? 0, 0x41)]);
}

function buildImports(imports: Record<string, string[]>, baseRva: number): Buffer {
  const dlls = Object.entries(imports);
  const descSize = (dlls.length + 1) * 20;
  const parts: Buffer[] = [];
  let cursor = descSize;
  const desc = Buffer.alloc(descSize);
  const add = (buf: Buffer): number => {
    const at = cursor;
    parts.push(buf);
    cursor += buf.length;
    return at;
  };
  dlls.forEach(([dll, fns], i) => {
    const hintNames = fns.map((fn) => {
      const hn = Buffer.alloc(2 + fn.length + 1 + ((fn.length + 1) % 2));
      hn.write(fn, 2, 'latin1');
      return add(hn);
    });
    const thunks = Buffer.alloc((fns.length + 1) * 4);
    hintNames.forEach((off, k) => thunks.writeUInt32LE(baseRva + off, k * 4));
    const thunkAt = add(thunks);
    const nameAt = add(Buffer.from(`${dll}\0\0`, 'latin1'));
    desc.writeUInt32LE(baseRva + thunkAt, i * 20);
    desc.writeUInt32LE(baseRva + nameAt, i * 20 + 12);
    desc.writeUInt32LE(baseRva + thunkAt, i * 20 + 16);
  });
  return Buffer.concat([desc, ...parts]);
}
