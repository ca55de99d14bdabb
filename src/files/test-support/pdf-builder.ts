import { deflateSync } from 'node:zlib';

/**
 * Small PDFs for tests of PDF reading: one page, its content stream (plain or FlateDecode, or cut short), and fonts
 * by resource name — simple fonts with /Widths, Type0 fonts with a descendant CIDFont (/W) — each with an optional
 * ToUnicode CMap. Offsets and the xref table are real, so pdftotext reads what the tests build.
 */

export interface PdfFontSpec {
  /** Resource name (`F1`). */
  name: string;
  type0?: boolean;
  /** ToUnicode CMap text (see cmap()). */
  toUnicode?: string;
  /** Simple font: /FirstChar and /Widths. */
  widths?: { first: number; widths: number[] };
  /** Type0 font: the CIDFont's /W array text and /DW. */
  cidWidths?: { w: string; dw?: number };
  /** Put the font dictionary in an object stream (§7.5.7) instead of a plain object. */
  inObjectStream?: boolean;
}

export interface PdfSpec {
  content: string;
  fonts?: PdfFontSpec[];
  /** Compress the content stream (and CMaps) with FlateDecode. */
  flate?: boolean;
  /** Keep only this share (0–1) of the compressed content stream: a broken download. */
  cutContentTo?: number;
  /** An image XObject (JPEG-filtered placeholder bytes) in the page's resources, as /Im1. */
  image?: boolean;
  /** Link annotations with a /URI action: the rectangle, the URI written as a hex string, the annotation in an object stream. */
  links?: { uri: string; rect: [number, number, number, number]; hex?: boolean; inObjectStream?: boolean }[];
  /** Name a standard security handler in the trailer (the streams stay plain: only the declaration is tested). */
  encrypt?: boolean;
}

/** A ToUnicode CMap with `codeBytes`-byte codes, bfchar entries and bfrange entries (hex strings as written). */
export function cmap(codeBytes: 1 | 2, bfchar: [string, string][], bfrange: [string, string, string | string[]][] = []): string {
  const range = codeBytes === 1 ? '<00> <FF>' : '<0000> <FFFF>';
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    `1 begincodespacerange ${range} endcodespacerange`,
    ...(bfchar.length ? [`${bfchar.length} beginbfchar`, ...bfchar.map(([c, u]) => `<${c}> <${u}>`), 'endbfchar'] : []),
    ...(bfrange.length ? [`${bfrange.length} beginbfrange`, ...bfrange.map(([lo, hi, d]) => `<${lo}> <${hi}> ${Array.isArray(d) ? `[${d.map((x) => `<${x}>`).join(' ')}]` : `<${d}>`}`), 'endbfrange'] : []),
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** UTF-16BE hex of a string (a CMap destination, or a Type0 string's codes when codes equal the characters). */
export function utf16Hex(s: string): string {
  return [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
}

/**
 * A one-page PDF.
 * @example buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (Hello) Tj ET', fonts: [{ name: 'F1' }] })
 */
export function buildPdf(spec: PdfSpec): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer | string, flate = spec.flate, cut?: number): Buffer => {
    let bytes = Buffer.from(data as string, typeof data === 'string' ? 'latin1' : undefined);
    if (flate) bytes = deflateSync(bytes);
    if (cut !== undefined) bytes = bytes.subarray(0, Math.floor(bytes.length * cut));
    return Buffer.concat([Buffer.from(`<< ${dict}${flate ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  const page = add(''); // filled in below, once the fonts have numbers
  const content = add(stream('', spec.content, spec.flate, spec.cutContentTo));
  const fontRefs: string[] = [];
  const inStream: { num: number; dict: string }[] = [];
  for (const f of spec.fonts ?? []) {
    const toUnicode = f.toUnicode ? ` /ToUnicode ${add(stream('', f.toUnicode))} 0 R` : '';
    let dict: string;
    if (f.type0) {
      const cid = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>${f.cidWidths ? ` /W [${f.cidWidths.w}] /DW ${f.cidWidths.dw ?? 1000}` : ''} >>`);
      dict = `<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [${cid} 0 R]${toUnicode} >>`;
    } else {
      dict = `<< /Type /Font /Subtype /TrueType /BaseFont /Test${f.widths ? ` /FirstChar ${f.widths.first} /LastChar ${f.widths.first + f.widths.widths.length - 1} /Widths [${f.widths.widths.join(' ')}]` : ''}${toUnicode} >>`;
    }
    if (f.inObjectStream) {
      const num = add('null');
      inStream.push({ num, dict });
      fontRefs.push(`/${f.name} ${num} 0 R`);
    } else {
      fontRefs.push(`/${f.name} ${add(dict)} 0 R`);
    }
  }
  const annots: string[] = [];
  for (const link of spec.links ?? []) {
    const uri = link.hex ? `<${Buffer.from(link.uri, 'latin1').toString('hex')}>` : `(${link.uri})`;
    const dict = `<< /Type /Annot /Subtype /Link /Rect [${link.rect.join(' ')}] /Border [0 0 0] /A << /Type /Action /S /URI /URI ${uri} >> >>`;
    if (link.inObjectStream) {
      const num = add('null');
      inStream.push({ num, dict });
      annots.push(`${num} 0 R`);
    } else {
      annots.push(`${add(dict)} 0 R`);
    }
  }
  const image = spec.image ? add(stream('/Type /XObject /Subtype /Image /Width 620 /Height 797 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0xff, 0xd9]), false)) : 0;
  if (inStream.length > 0) {
    // The placeholders stay free objects; the object stream defines them.
    let offsets = '';
    let body = '';
    for (const o of inStream) {
      offsets += `${o.num} ${body.length} `;
      body += `${o.dict}\n`;
    }
    add(stream(`/Type /ObjStm /N ${inStream.length} /First ${offsets.length}`, offsets + body, true));
    for (const o of inStream) objects[o.num - 1] = Buffer.from('null', 'latin1');
  }
  objects[page - 1] = Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R /Resources << /Font << ${fontRefs.join(' ')} >>${image ? ` /XObject << /Im1 ${image} 0 R >>` : ''} >>${annots.length ? ` /Annots [${annots.join(' ')}]` : ''} >>`, 'latin1');
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, k) => {
    const skip = inStream.some((o) => o.num === k + 1);
    const chunk = skip ? Buffer.alloc(0) : Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(skip ? -1 : at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => (o < 0 ? '0000000000 65535 f ' : `${String(o).padStart(10, '0')} 00000 n `))].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer << /Size ${objects.length + 1} /Root 1 0 R${spec.encrypt ? ' /Encrypt << /Filter /Standard /V 2 /R 3 >>' : ''} >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
