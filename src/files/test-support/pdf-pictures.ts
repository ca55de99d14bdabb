/**
 * A PDF that draws pictures (image XObjects, ISO 32000-1 §8.9.5), one a page, written byte by byte with a real xref
 * table: each picture is its stream dictionary's text after `/Type /XObject /Subtype /Image` and its stream's bytes
 * (already compressed as the dictionary says). `cut` keeps only that share of the file (a broken download).
 * @example pdfWithPictures([{ dict: '/Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8', data: raw }])
 */
export function pdfWithPictures(pictures: readonly { dict: string; data: Uint8Array }[], options: { uri?: string; cut?: number } = {}): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const pages = pictures.map((_, i) => `${3 + i * 3} 0 R`);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pages.join(' ')}] /Count ${pictures.length} >>`);
  pictures.forEach((p, i) => {
    const image = 5 + i * 3;
    const annot = options.uri ? ` /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (${options.uri}) >> >>]` : '';
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im${i + 1} ${image} 0 R >> >> /Contents ${image - 1} 0 R${annot} >>`);
    const content = `q 400 0 0 400 100 200 cm /Im${i + 1} Do Q`;
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image ${p.dict} /Length ${p.data.byteLength} >>\nstream\n`, 'latin1'), Buffer.from(p.data), Buffer.from('\nendstream', 'latin1')]));
  });
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  const file = Buffer.concat(parts);
  return options.cut === undefined ? file : file.subarray(0, Math.floor(file.length * options.cut));
}
