import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import { buildBrandRegistry } from './registry.js';

/**
 * Session 58 (issue 17, helper draw15d): French public benefit schemes whose expiring-entitlement lures draw 15's design part holds
 * under their names while the brand data did not know them — the ANCV's Chèques-Vacances ("Ancv-Alertes-ID0327": "Évitez la perte
 * de vos avantages vacances", a picture linking to a cutler's site; "ANCV Dossier") and Mon Compte Formation — and their siblings
 * the CAF and France Travail (Pôle emploi). Not CPF as an alias (Brazil's taxpayer number), CAF only weakly (a trade term, a café),
 * and the four-letter and three-letter domains generic.
 */
const IDS = ['ancv', 'moncompteformation', 'caf-fr', 'francetravail'];
const registry = buildBrandRegistry([], true);
const displayNames: { name: string; brand: string | null }[] = [
  { name: 'Ancv-Alertes-ID0327', brand: 'ancv' },
  { name: 'ANCV Dossier', brand: 'ancv' },
  { name: 'Service Chèques-Vacances', brand: 'ancv' },
  { name: 'Mon Compte Formation', brand: 'moncompteformation' },
  { name: "Caisse d'Allocations Familiales", brand: 'caf-fr' },
  { name: 'France Travail', brand: 'francetravail' },
  { name: 'Pôle emploi - Espace personnel', brand: 'francetravail' },
  // must not: the short and ordinary words among other words
  { name: 'CAF Logistics Rotterdam', brand: null },
  { name: 'Le Petit CAF', brand: null },
  { name: 'Service CPF', brand: null },
  { name: 'Receita Federal - CPF', brand: null },
  { name: 'Travail France Magazine', brand: null },
];
for (const row of displayNames) {
  test(`French agencies: display name "${row.name}"`, () => {
    const ids = registry.mentionsInDisplayName(row.name).map((m) => m.brand.id);
    if (row.brand) assert.ok(ids.includes(row.brand), ids.join(', '));
    else assert.deepEqual(ids.filter((id) => IDS.includes(id)), []);
  });
}

const scanner = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mx.company.example'] }, services: { now: () => new Date('2025-08-21T08:00:00Z') } });
const dmarcPass = (domain: string) => `Authentication-Results: mx.company.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`;
const letter = (from: string, subject: string, html: string, extra: string[] = []) => new TextEncoder().encode([
  `From: ${from}`, ...extra, 'To: ana@company.example', `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`, 'Date: Thu, 21 Aug 2025 10:00:00 +0200',
  `Message-ID: <fr58.${subject.length}@${from.replace(/.*@|>.*/g, '')}>`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, '',
].join('\r\n'));
const picture = (href: string) => `<html><body><a href="${href}"><img src="https://img.example.net/banner.png" width="600" height="900" alt=""></a></body></html>`;

const lures: { kind: string; raw: Uint8Array }[] = [
  { kind: 'an ANCV alert name on a shop\'s domain, a picture only', raw: letter('"Ancv-Alertes-ID0327" <ancv-assistance@couteliers-boutique.example>', 'Évitez la perte de vos avantages vacances', picture('https://couteliers-boutique.example/SERETYIF')) },
  { kind: 'Mon Compte Formation on a school\'s domain, rights to check', raw: letter('"Mon Compte Formation" <info@ecole-langues.example>', 'Dernier rappel concernant vos droits', '<html><body><p>Vos droits à la formation arrivent à échéance. Vérifiez vos droits et connectez-vous à votre espace.</p><p><a href="https://droits-formation.example/connexion">Vérifier mes droits</a></p></body></html>') },
  { kind: 'the CAF\'s full name on free mail, an allowance to confirm', raw: letter('"Caisse d\'Allocations Familiales" <caf.dossier.2291@gmail.com>', 'Votre dossier est incomplet', '<html><body><p>Votre allocation est suspendue. Confirmez vos coordonnées bancaires pour la débloquer.</p><p><a href="https://caf-allocations.example/dossier">Mon dossier</a></p></body></html>') },
  { kind: 'France Travail on an unrelated domain, an update asked', raw: letter('"France Travail" <noreply@mise-a-jour-dossier.example>', 'Actualisation requise', '<html><body><p>Votre actualisation mensuelle n\'a pas été reçue. Connectez-vous pour éviter la suspension de vos droits.</p><p><a href="https://espace-demandeur.example/login">Se connecter</a></p></body></html>') },
];
for (const row of lures) {
  test(`French agencies: a lure under the scheme's name is phishing: ${row.kind}`, async () => {
    const r = await scanner.scan({ raw: row.raw, source: 'fr58.eml' });
    const ids = r.findings.filter((f) => !f.replacedBy).map((f) => f.id as string);
    assert.equal(r.verdict, 'phishing', `${r.verdict} ${r.score}: ${ids.join(', ')}`);
    assert.ok(ids.includes('FROM_BRAND_DISPLAY_NAME'), ids.join(', '));
  });
}

const genuine: { kind: string; raw: Uint8Array }[] = [
  { kind: 'the ANCV\'s own authenticated mail', raw: letter('"ANCV" <information@ancv.com>', 'Vos Chèques-Vacances : nouveautés', '<html><body><p>Découvrez les nouveaux partenaires qui acceptent les Chèques-Vacances cet été.</p><p><a href="https://www.ancv.com/partenaires">Voir les partenaires</a></p></body></html>', [dmarcPass('ancv.com')]) },
  { kind: 'a campsite\'s authenticated newsletter accepting Chèques-Vacances', raw: letter('"Camping Les Pins" <contact@camping-lespins.example>', 'Réservez votre été', '<html><body><p>Bonjour, nos emplacements pour juillet sont ouverts. Nous acceptons les Chèques-Vacances ANCV et les cartes bancaires.</p><p><a href="https://www.camping-lespins.example/reserver">Réserver</a></p></body></html>', [dmarcPass('camping-lespins.example')]) },
  { kind: 'a freight forwarder "CAF Logistics" quoting CAF prices', raw: letter('"CAF Logistics" <quotes@caf-logistics.example>', 'Your CAF quotation', '<html><body><p>Dear Ana, please find our CAF price for 2 containers to Rotterdam below: USD 3,850 per container.</p><p><a href="https://caf-logistics.example/quote/2291">Quotation</a></p></body></html>', [dmarcPass('caf-logistics.example')]) },
];
for (const row of genuine) {
  test(`French agencies: genuine mail naming the scheme is not phishing: ${row.kind}`, async () => {
    const r = await scanner.scan({ raw: row.raw, source: 'fr58-genuine.eml' });
    const ids = r.findings.filter((f) => !f.replacedBy).map((f) => f.id as string);
    assert.ok(r.verdict !== 'phishing' && r.verdict !== 'malware', `${r.verdict} ${r.score}: ${ids.join(', ')}`);
  });
}
