import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { loadContentModel } from '../../runtime/model.js';
import { activeIds } from '../../test-support/corpus-rows.js';

/**
 * Issue 17, session 22: the bare share-link blast (bec-opener.ts's bareLink, CONTENT_BARE_LINK, and the composite
 * CONTENT_BARE_SHARE_LINK_BLAST): a free-mail account sends one file-share link and a few words ("+$26,649! Need to move,
 * you have 24 hours"), under a stranger's name as the subject, to a long visible list or to hidden recipients. The honeypot
 * holds this shape (two unlabelled messages were clean at 2.3). Each row states whether the composite fires; the must-nots
 * are the same parts in a friend's, a club's, a reply's and a company's mail.
 */
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z'), classifierModel: shipped } });

const DOMAINS = ['gmail.com', 'hotmail.fr', 'web.de', 'outlook.com', 'yahoo.it', 'gmx.ch', 'example-shop.com', 'live.nl'];
const list = (n: number) => Array.from({ length: n }, (_, i) => `user${i}.${(i * 7919) % 1000}@${DOMAINS[i % DOMAINS.length]}`).join(', ');

interface Row {
  name: string;
  from: string;
  subject: string;
  /** The To header's value; null: no To at all (undisclosed recipients). */
  to: string | null;
  text: string;
  html?: string;
  headers?: string[];
  fires: boolean;
}

const DRIVE = 'https://drive.google.com/file/d/1xQ7pLmZr2KvN8sTw4HbYc9EaDfGuJ0iO';
const rows: Row[] = [
  { name: 'a sum and a deadline, a Drive file, 40 visible recipients', fires: true, from: 'Elena Brooks <elenabrooks.qx7@gmail.com>', subject: 'Marta Quinn', to: list(40),
    text: `+$31,260! Need to move, you have 24 hours\n\n${DRIVE}\n\nfriend of the school,` },
  { name: 'two words and a Dropbox file to hidden recipients', fires: true, from: 'Jonas Weller <jonasweller1488@outlook.com>', subject: 'Anna Berg', to: null,
    text: 'private word, 48h\n\nhttps://www.dropbox.com/scl/fi/8kq2xv0tz/statement.pdf?rlkey=p3n9&dl=0\n' },
  { name: 'a sum in euros and a Drive file to 25 recipients, Japanese deadline', fires: true, from: 'Kei Sato <kei.sato.5521@yahoo.co.jp>', subject: 'Tanaka Yui', to: list(25),
    text: `3.200 EUR 受け取り 48時間以内\n\n${DRIVE}` },
  { name: 'the link in HTML, a OneDrive file, 30 recipients', fires: true, from: 'Carla Mendes <carla.mendes.77@hotmail.com>', subject: 'Paulo Dias', to: list(30), text: '',
    html: '<p>Seu saldo: R$ 48.900 — prazo 24 horas</p><p><a href="https://onedrive.live.com/redir?resid=7F2A91&amp;authkey=%21AKx">abrir</a></p>' },
  // Session 24: no sum nor deadline, but a stranger's name as the whole subject (the honeypot's "private word," blasts).
  { name: 'a stranger\'s name as the subject, two words and a Drive file to 40 recipients', fires: true, from: 'Alexis Moreau <alexismoreau1612@gmail.com>', subject: 'Clara Ventura', to: list(40),
    text: `private word,\n${DRIVE}` },
  { name: 'a stranger\'s name as the subject, a Dropbox file to 30 recipients', fires: true, from: 'Jonas Weller <jonasweller1488@outlook.com>', subject: 'Ines Marlow', to: list(30),
    text: 'for you\nhttps://www.dropbox.com/scl/fi/8kq2xv0tz/statement.pdf?rlkey=p3n9&dl=0' },
  // Must not (session 24): the name is the sender's own, the text names the person, or the subject is a share's words.
  { name: 'the sender\'s own name as the subject', fires: false, from: 'Clara Ventura <clara.ventura81@gmail.com>', subject: 'Clara Ventura', to: list(30),
    text: `my portfolio\n${DRIVE}` },
  { name: 'a name the text speaks of (the birthday child)', fires: false, from: 'Anna Berg <anna.berg81@gmail.com>', subject: 'Maya Lindqvist', to: list(30),
    text: `Maya turned five! Photos:\n${DRIVE}` },
  { name: 'capitalised share words as the subject', fires: false, from: 'Anna Berg <anna.berg81@gmail.com>', subject: 'Summer Party', to: null,
    text: `enjoy!\n${DRIVE}` },
  // Must not: a friend to two people, a club's explanation to its members, a reply, two links, a company's own mail.
  { name: 'a friend sends a Drive file to two people', fires: false, from: 'Elena Brooks <elenabrooks.qx7@gmail.com>', subject: 'photos', to: 'tom@gmail.com, sue@web.de',
    text: `the photos from Saturday\n\n${DRIVE}` },
  { name: 'a friend sends the wedding photos to thirty friends (no sum, no deadline)', fires: false, from: 'Anna Berg <anna.berg81@gmail.com>', subject: 'Wedding photos!', to: list(30),
    text: 'Here are all the photos from Saturday, enjoy!\n\nhttps://drive.google.com/drive/folders/1xQ7pLmZr2KvN8sTw4HbYc9EaDfGuJ0iO?usp=sharing\n\nAnna' },
  { name: 'the same photos to hidden recipients', fires: false, from: 'Anna Berg <anna.berg81@gmail.com>', subject: 'Fotos vom Sommerfest', to: null,
    text: 'Die Fotos vom Sommerfest, viel Spaß!\n\nhttps://photos.app.goo.gl/Xq7PmZr2KvN8sTw4H\n' },
  { name: 'a club mails its members a Drive file with its explanation', fires: false, from: 'Chorverein <chorverein.lindau@gmail.com>', subject: 'Noten für Sonntag', to: list(30),
    text: `Liebe Sängerinnen und Sänger, anbei wie besprochen die Noten für das Konzert am Sonntag. Bitte druckt sie aus und bringt sie zur Probe am Donnerstag mit; wer keinen Drucker hat, meldet sich bei mir, dann bringe ich ein Exemplar mit. Wir treffen uns um 18 Uhr im Gemeindesaal.\n\n${DRIVE}\n\nViele Grüße, Ute` },
  { name: 'a reply with a Drive link to many', fires: false, from: 'Elena Brooks <elenabrooks.qx7@gmail.com>', subject: 'Re: minutes', to: list(30),
    headers: ['In-Reply-To: <m1@example.org>', 'References: <m1@example.org>'], text: `here they are\n\n${DRIVE}` },
  { name: 'two links', fires: false, from: 'Elena Brooks <elenabrooks.qx7@gmail.com>', subject: 'Marta Quinn', to: list(40),
    text: `+$31,260! Need to move, you have 24 hours\n\n${DRIVE}\nhttps://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUv/edit` },
  { name: 'a company sends a Drive file to a list', fires: false, from: 'Office <office@tischlerei-example.de>', subject: 'Angebot', to: list(30),
    text: `Unser Angebot als PDF:\n\n${DRIVE}` },
];

function eml(row: Row, i: number): Uint8Array {
  const type = row.html ? 'text/html' : 'text/plain';
  return new TextEncoder().encode(
    [`From: ${row.from}`, ...(row.to === null ? [] : [`To: ${row.to}`]), `Subject: ${row.subject}`, ...(row.headers ?? []), 'Date: Mon, 2 Jun 2025 10:00:00 +0200',
      `Message-ID: <bare.${i}@mail.example>`, 'MIME-Version: 1.0', `Content-Type: ${type}; charset=utf-8`, '', row.html ?? row.text, ''].join('\r\n'),
  );
}

rows.forEach((row, i) => {
  test(`bare share-link blast: ${row.name}`, async () => {
    const r = await scanner.scan({ raw: eml(row, i), source: `bare-${i}.eml` });
    const ids = activeIds(r);
    const line = `${r.verdict} ${r.score}: ${ids.join(', ')}`;
    assert.equal(ids.includes('CONTENT_BARE_SHARE_LINK_BLAST'), row.fires, line);
    if (row.fires) assert.notEqual(r.verdict, 'clean', line);
  });
});
