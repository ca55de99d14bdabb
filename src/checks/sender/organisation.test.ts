import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldBrandText } from '../../brands/normalize.js';
import { unrelatedOrganisation } from './organisation.js';

/** Impersonation without a registry entry (issue 17, item 1): rows of display name, domains, text → claim. */
const rows: { name: string; hosts: string[]; text?: string; ignore?: string[]; claim: string[] | null }[] = [
  // An organisation cue and no domain of the message related to the name.
  { name: 'Receita Federal', hosts: ['824564rctaregular', 'regularizar-agora.southamerica-east1.run.app'], claim: ['receita', 'federal'] },
  { name: 'Alerta Detran', hosts: ['detran', 'function-4.us-central1.run.app'], text: 'CNH em suspensão', claim: null }, // named in the From "domain"
  { name: 'Volksbank Kundenservice', hosts: ['mailer.example.net', 'login-secure.example.org'], claim: ['volksbank'] },
  { name: 'Sparkasse KölnBonn', hosts: ['sparkasse-koelnbonn.de'], claim: null }, // umlaut written out in the domain
  { name: 'Bradesco Prime', hosts: ['bradesco.com.br'], claim: null },
  // No cue: only when the message keeps naming the organisation as itself.
  { name: 'Celsius', hosts: ['mshtavr.com', 'matka.solutions'], text: 'Celsius has approved your claim. Celsius thanks you.', claim: ['celsius'] },
  { name: 'John Smith', hosts: ['example.com'], text: 'Hi, see you tomorrow. John', claim: null },
  { name: 'Apple pie club', hosts: ['bakery.example'], text: 'Our apple pie recipes', claim: null },
  // Domains shown in the name and the recipient's own words are not the claim.
  { name: 'CNET News.com Daily Dispatch', hosts: ['newsletter.online.com', 'home.cnet.com'], text: 'News.com daily dispatch', claim: null },
  { name: 'Rodrigo Support', hosts: ['mailer.example.net'], ignore: ['rodrigo'], claim: null },
  { name: 'Google (via Google Docs)', hosts: ['google.com'], claim: null },
  // An organisation word ending a compound name (session 6): the compound is the name, the tail its cue.
  { name: 'Consorsbank', hosts: ['mailer.example.net', 'files.example.org'], claim: ['consorsbank'] },
  { name: 'Raiffeisenbank Info', hosts: ['raiffeisenbank-info.example'], claim: null }, // named in the domain
  { name: 'Riverbank Cinema', hosts: ['riverbankcinema.com'], claim: null },
  { name: 'Databank', hosts: ['databank.example'], claim: null },
  { name: 'Dragonia Spielbank', hosts: ['casino-mailer.example'], claim: null }, // a casino, not a bank
  // Initials joined to one organisation word (session 10): looked up in the domains as the organisation writes them.
  { name: 'Tf_Bank', hosts: ['melitaltd.example', 'ln.run'], claim: ['tfbank'] },
  { name: 'TF Bank', hosts: ['tfbank.de'], claim: null },
  { name: 'La Poste', hosts: ['mailer.example.net'], claim: ['laposte'] },
  { name: 'La Poste', hosts: ['laposte.fr'], claim: null },
  { name: 'de Bank', hosts: ['mailer.example.net'], claim: null }, // a preposition is no initial: "Bank" alone says too little
  { name: 'Bank', hosts: ['mailer.example.net'], claim: null },
  { name: 'AB CD EF Bank', hosts: ['mailer.example.net'], claim: null }, // a run of letter pairs is no name
  { name: 'Ranking', hosts: ['mailer.example.net'], claim: null }, // no tail: a word like any other
];

for (const row of rows) {
  test(`organisation claim: "${row.name}" with ${row.hosts.join(', ')}`, () => {
    // Words are compared as foldBrandText folds them (`receita` is `recelta` there: i and l are one letter).
    const fold = (w: string) => foldBrandText(w).text;
    const got = unrelatedOrganisation(row.name, row.hosts, { subject: '', text: row.text ?? '' }, new Set((row.ignore ?? []).map(fold)));
    assert.deepEqual(got?.words ?? null, row.claim?.map(fold) ?? null);
  });
}
