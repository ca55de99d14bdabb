import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { servicePitch } from './service-pitch.js';

/**
 * Session 59 (issue 17, helper draw16d): the cold pitch for work on the reader's web site (service-pitch.ts, CONTENT_SERVICE_PITCH
 * and the composite CONTENT_SERVICE_PITCH_STRANGER). End to end with the classifier off; letters written for the test, from free
 * mail, no links.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'service-pitch.test', raw: mail(from, subject, body, auth) });

/** [language and kind, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['en, the fake follow-up of a web designer', 'Kevin <kevin.webworks22@gmail.com>', 'Re: Website redesign', 'Hi,\n\nJust following up on my last email. Would you like me to redesign your website so it looks modern on phones?\n\nI can send you a quote and some samples of my work. Let me know.\n\nKevin'],
  ['en, the SEO seller', 'Priya | SEO Expert <priya.seo.rank@outlook.com>', 'Google ranking', 'Hello,\n\nI noticed your website is not on the first page of Google for your main keywords. We can improve your website ranking within 90 days.\n\nShall I send you a free audit and our packages?\n\nRegards, Priya'],
  ['de, Webdesign', 'Markus Webdesign <markus.webdesign.pro@gmx.de>', 'Ihre Homepage', 'Guten Tag,\n\nich habe mir Ihre Website angesehen und würde sie gerne neu gestalten, damit sie auch auf dem Handy gut aussieht.\n\nGerne schicke ich Ihnen ein unverbindliches Angebot.\n\nViele Grüße\nMarkus'],
  ['fr, la refonte', 'Julien Création Web <julien.creationweb@yahoo.fr>', 'Votre site internet', 'Bonjour,\n\nJe suis développeur web indépendant et je vous propose la refonte de votre site, plus rapide et mieux référencé.\n\nJe peux vous envoyer un devis gratuit sous 24 heures.\n\nCordialement, Julien'],
  ['es, el posicionamiento', 'Carlos Diseño <carlos.disenoweb.es@hotmail.com>', 'Propuesta para su web', 'Hola,\n\nPodemos mejorar su sitio web y ponerlo en la primera página de Google.\n\n¿Le envío un presupuesto sin compromiso?\n\nSaludos, Carlos'],
  ['pt, o redesenho', 'Rafael Sites <rafael.sites.br@gmail.com>', 'Re: orçamento', 'Olá,\n\nSou web designer e posso redesenhar o seu site para ficar mais moderno e rápido.\n\nResponda este e-mail para receber o meu portfólio e um orçamento.\n\nAbraço, Rafael'],
  ['it, il restyling', 'Luca Web <luca.webdesign.it@libero.it>', 'Il suo sito', 'Buongiorno,\n\nposso migliorare il suo sito e portarlo in prima pagina di Google.\n\nLe mando volentieri un preventivo gratuito.\n\nLuca'],
  ['nl, de vernieuwing', 'Sanne Webdesign <sanne.webdesign.nl@outlook.com>', 'Uw website', 'Hallo,\n\nIk zou uw website graag vernieuwen, zodat hij sneller is en beter gevonden wordt.\n\nZal ik u een vrijblijvende offerte sturen?\n\nGroet, Sanne'],
];
for (const [kind, from, subject, text] of LURES) {
  test(`service pitch (${kind}) → CONTENT_SERVICE_PITCH_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_SERVICE_PITCH_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain ('' for none)]: none may raise CONTENT_SERVICE_PITCH. */
const MUST_NOT: [string, string, string, string, string][] = [
  ['a client asking a designer for a quote for *our* site', 'Anna Berg <anna.berg.bakery@gmail.com>', 'Website for our bakery', html('Hello,\n\nwe would like to redesign our website before the summer. Could you send me a quote and your portfolio?\n\nThanks, Anna'), ''],
  ['an applicant for a web developer position', 'Tom Price <tom.price.dev@gmail.com>', 'Application: web developer', html('Dear hiring team,\n\nI am applying for the web developer position. I could help improve your website speed; my CV and portfolio are attached.\n\nBest, Tom'), ''],
  ['a web agency\'s own mail linking to its work', 'Studio North <hello@studionorth.example>', 'A new site for you?', html('We can redesign your website. See our portfolio at <a href="https://studionorth.example/work">studionorth.example</a> and ask for a quote.'), 'studionorth.example'],
  ['a hosting provider\'s notice without terms', 'Hosting <support@hostco.example>', 'PHP update', html('We will update your site\'s PHP version on 12 June. No action is needed.'), 'hostco.example'],
  ['a warning about SEO spam', 'IT Desk <it@company.example>', 'Spam warning', html('Beware of mails that offer to rank your website on the first page of Google and send a quote: it is a scam, do not reply.'), 'company.example'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`service pitch must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_SERVICE_PITCH'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'redesign your website', text: `${'redesign your site your website quote. '.repeat(n / 39)}` }), (m) => {
    servicePitch(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
