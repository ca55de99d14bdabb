import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uploadedPayload } from './lures.js';

/** Session 57 (det57): the file a host's address names before its end, in the host's own grammar (FILE_HOST_UPLOAD_NAMES). */
const names: [host: string, path: string, file: string | undefined][] = [
  ['www.mediafire.com', '/file/8k2m1x9q0zt4b/Rechnung_Mai_2291.zip/file', 'Rechnung_Mai_2291.zip'],
  ['mediafire.com', '/file/q7w3e9r1t5y2u/Court_Hearing_Notice_2291.rar', 'Court_Hearing_Notice_2291.rar'],
  ['www.mediafire.com', '/file/m3n4b5v6c7x8z/%E8%AB%8B%E6%B1%82%E6%9B%B8_2025_06.zip/file', '請求書_2025_06.zip'],
  ['www.mediafire.com', '/file_premium/a1b2c3d4/Setup.exe/file', 'Setup.exe'],
  ['www.4shared.com', '/zip/Ab3dEf9x/Shipping_Documents_2291.html', 'Shipping_Documents_2291.zip'],
  ['www.4shared.com', '/rar/Ab3dEf9x/Fatura_2291.htm', 'Fatura_2291.rar'],
  ['www.4shared.com', '/file/Ab3dEf9x/Invoice_2291.exe.html', 'Invoice_2291.exe'],
  ['anonfiles.com', '/Xy7Zq2b3c4/Mahnung_Forderung_2291_zip', 'Mahnung_Forderung_2291.zip'],
  ['bayfiles.com', '/Xy7Zq2b3c4/Setup_v2_exe', 'Setup_v2.exe'],
  // Must not: a folder, a picture or a document, another host's page, a name without a payload ending.
  ['www.mediafire.com', '/folder/8k2m1x9q0zt4b/Photos', undefined],
  ['www.mediafire.com', '/file/8k2m1x9q0zt4b/Holiday_photo.jpg/file', undefined],
  ['www.mediafire.com', '/file/8k2m1x9q0zt4b/Report_2025.pdf/file', undefined],
  ['www.4shared.com', '/photo/Ab3dEf9x/Beach.html', undefined],
  ['www.4shared.com', '/file/Ab3dEf9x/Slides.html', undefined],
  ['anonfiles.com', '/Xy7Zq2b3c4/Holiday_jpg', undefined],
  ['example.com', '/file/8k2m1x9q0zt4b/Rechnung_Mai_2291.zip/file', undefined],
];

for (const [host, path, file] of names) {
  test(`uploadedPayload(${host}${path}) is ${file ?? 'nothing'}`, () => {
    assert.equal(uploadedPayload(host, path), file);
  });
}
