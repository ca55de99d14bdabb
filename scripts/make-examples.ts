/**
 * Writes the example messages in examples/ (the README's tour and src/cli/examples.test.ts use them).
 * Each is the shape of a case in ../shared/MISSION.md, written by us: the torendmicro impersonation
 * with a per-recipient tracking link (ISO-2022-JP, as the real one), an UPATRE-style fax lure with a
 * double-extension executable in a zip, and an ordinary Japanese business mail.
 *   node --import tsx scripts/make-examples.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { buildPe } from '../src/files/test-support/pe-builder.js';
import { buildZip } from '../src/files/test-support/zip-builder.js';
import { REPO_ROOT } from '../src/test-support/shared-data.js';

const jis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' })).toString('latin1');
const word = (text: string) => `=?ISO-2022-JP?B?${Buffer.from(jis(text), 'latin1').toString('base64')}?=`;
const wrap = (b64: string) => b64.replace(/.{76}/g, '$&\r\n');

const recipient = 'victim@example.jp';
const token = Buffer.from(recipient).toString('base64url');

const examples: Record<string, string> = {
  'torendmicro.eml': [
    'Received: from jsomething.r2something.net (jsomething.r2something.net [198.51.100.23]) by mx.example.jp with ESMTP id 4A1B2C; Thu, 22 Feb 2024 09:00:03 +0900',
    `From: ${word('ウイルスバスター')} <torendmicro.com@jsomething.r2something.net>`,
    `To: ${recipient}`,
    `Subject: ${word('【警告】今すぐ無料のウイルスチェックを行ってください')}`,
    'Date: Thu, 22 Feb 2024 09:00:00 +0900',
    'Message-ID: <20240222090000.12345@jsomething.r2something.net>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=ISO-2022-JP',
    'Content-Transfer-Encoding: 7bit',
    '',
    jis(
      `<html><body><p>お使いのパソコンがウイルスに感染している可能性があります。</p>` +
        `<p><a href="http://scan.r2something.net/check?uid=${token}">今すぐ無料スキャンをする</a></p></body></html>`,
    ),
    '',
  ].join('\r\n'),
  'fax-lure.eml': [
    'Received: from dsl-203-0-113-77.example.net (dsl-203-0-113-77.example.net [203.0.113.77]) by mx.example.org with SMTP id 7Q; Mon, 16 Dec 2013 10:14:02 +0000',
    'From: "eFax" <message@efax-notify.example.net>',
    'To: accounts@example.org',
    'Subject: You have received a new fax, 2 pages',
    'Date: Mon, 16 Dec 2013 10:14:00 +0000',
    'Message-ID: <fax.20131216.77@efax-notify.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'You have received a 2 page fax. Please open the attached document to view it.',
    '',
    '--b1',
    'Content-Type: application/zip; name="FAX_scan.zip"',
    'Content-Disposition: attachment; filename="FAX_scan.zip"',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(buildZip([{ name: 'FAX_scan.pdf.scr', data: buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec'] } }) }]).toString('base64')),
    '--b1--',
    '',
  ].join('\r\n'),
  'business-ja.eml': [
    'Received: from mail.example.co.jp (mail.example.co.jp [192.0.2.10]) by mx.example.jp with ESMTPS id 9Z; Tue, 5 Mar 2024 10:02:11 +0900',
    `From: ${word('山田 太郎')} <t.yamada@example.co.jp>`,
    'To: sato@example.jp',
    `Subject: ${word('来週の打ち合わせの件')}`,
    'Date: Tue, 5 Mar 2024 10:02:00 +0900',
    'Message-ID: <20240305100200.4711@mail.example.co.jp>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=ISO-2022-JP',
    'Content-Transfer-Encoding: 7bit',
    '',
    jis('佐藤様\r\n\r\nいつもお世話になっております。\r\n来週の打ち合わせですが、火曜日の午後二時からでいかがでしょうか。\r\n資料は前日までにお送りします。\r\n\r\nよろしくお願いいたします。\r\n山田'),
    '',
  ].join('\r\n'),
};

for (const [name, text] of Object.entries(examples)) {
  writeFileSync(path.join(REPO_ROOT, 'examples', name), Buffer.from(text, 'latin1'));
  console.log(`wrote examples/${name}`);
}
