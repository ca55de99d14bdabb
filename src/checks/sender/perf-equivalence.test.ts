import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prng } from '../../test-support/campaign-corpus.js';
import { mayCarryTarget } from './link-hosts.js';
import { beforeRelayPhrase, withoutTrailingMarks } from './organisation.js';

// Session 50 (issue 18): loops and look-ups that replaced expressions of the sender checks, against those expressions on
// seeded random strings.

/** A random string of `pieces` drawn from `parts` (characters and words), `n` pieces at most. */
function draw(random: () => number, parts: readonly string[], n: number): string {
  let out = '';
  const length = Math.floor(random() * n);
  for (let i = 0; i < length; i++) out += parts[Math.floor(random() * parts.length)]!;
  return out;
}

test("beforeRelayPhrase and withoutTrailingMarks give what the split and the replace gave (300,000 random names)", () => {
  const parts = [
    'a', 'B', 'é', 'Ω', '𝒜', '\ud83d', '\ude00', '1', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '.', "'", '’', '&', '-', '(', ')', 'via', 'VIA', 'Via',
    'through', 'Through', 'on behalf of', 'ON BEHALF OF', 'on  behalf of', '(via', '( via', 'vian', 'ſ', 'K', 'İ', 'viа',
  ];
  const random = prng(50);
  for (let round = 0; round < 300_000; round++) {
    const s = draw(random, parts, 12);
    assert.equal(beforeRelayPhrase(s), s.split(/\s+(?:via|through|on behalf of)\s+|\s*\(via\b/iu)[0]!, JSON.stringify(s));
    assert.equal(withoutTrailingMarks(s), s.replace(/[.'’&-]+$/u, ''), JSON.stringify(s));
  }
});

test('mayCarryTarget is true for every query with a value embeddedTargets takes (40,000 random queries)', () => {
  const parts = [
    '/', '//', 'w', 'W', 'ww', 'www', 'WwW', '.', '%', '%2F', '%2f', '%77', '%3A', '+', ' ', ':', 'http', 'HTTPS', 's', 'h', 't', 'p', '=', '&', '?',
    '#', '1', '2', 'é', '\t', '\u00a0', 'x', 'a=', '&b=', '=//', '=www.', '=WWW2.', '=http://', '=https:%2F%2F', '=+%20//', '=%2F/', '=w%77w.',
  ];
  const takes = /^(?:https?:)?\/\/|^www\d{0,3}\./i;
  const random = prng(51);
  let carried = 0;
  for (let round = 0; round < 40_000; round++) {
    let url: URL;
    try {
      url = new URL(`http://host.example/path?${draw(random, parts, 14)}`);
    } catch {
      continue;
    }
    const found = [...url.searchParams.values()].some((v) => takes.test(v.trim()));
    if (found) {
      carried++;
      assert.ok(mayCarryTarget(url.search), url.search);
    }
  }
  assert.ok(carried > 4000, `queries with a target: ${carried}`);
});

test("withoutCopyrightMark gives what the replace gave (100,000 random lines)", async () => {
  const { withoutCopyrightMark } = await import('./letterhead.js');
  const parts = ['©', '(c)', '(C)', '(', 'c', 'C', 'copyright', 'COPYRIGHT', 'CopyRight', 'ſ', 'K', 'İ', 'ı', ' ', '\u00a0', '\t', '\u3000', 'x', '2024', ')', 'é'];
  const random = prng(55);
  for (let round = 0; round < 100_000; round++) {
    const s = draw(random, parts, 6);
    assert.equal(withoutCopyrightMark(s), s.replace(/^(?:©|\(c\)|copyright)\s*/iu, ''), JSON.stringify(s));
  }
});

test('linkElsewhereThan: whenever it holds, namesShareServiceOfLinks over every destination is false (4,000 random messages)', async () => {
  const { parseMessage } = await import('../../mail/parse/index.js');
  const { DEFAULT_PARSE_OPTIONS } = await import('../../mail/parse/test-helpers.js');
  const { buildBrandRegistry, registrableDomain } = await import('../../brands/registry.js');
  const { destinations } = await import('./link-hosts.js');
  const { linkElsewhereThan, namesShareServiceOfLinks } = await import('./identity.js');
  const registry = buildBrandRegistry([], true);
  const links = [
    'https://www.dropbox.com/s/abc/Invoice.pdf?dl=0', 'https://www.dropbox.com/scl/fi/x/y', 'https://drive.google.com/file/d/1x/view',
    'https://docs.google.com/document/d/2/edit', 'https://1drv.ms/u/s!abc', 'https://brightwell-my.sharepoint.com/:b:/g/personal/x',
    'https://brightwell.co.uk/contact', 'https://www.brightwell.co.uk/', 'https://elsewhere.example/login', 'HTTPS://Www.Dropbox.com/s/q',
    'https://user:pw@drive.google.com/file/d/3', 'https://drive.google.com:8443/file/d/4', 'javascript:go()', 'mailto:a@b.example',
    'https://xn--dropbx-zxa.example/s/1', 'https://tracker.example/r?u=https%3A%2F%2Fwww.dropbox.com%2Fs%2F1',
  ];
  const written = ['www.dropbox.com/s/abc', 'https://drive.google.com/file/d/9', 'www.elsewhere.example/x', 'https://brightwell.co.uk/a', 'no link here'];
  const random = prng(56);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let settled = 0;
  for (let round = 0; round < 4_000; round++) {
    const html = Array.from({ length: Math.floor(random() * 4) }, () => `<a href="${pick(links)}">x</a>`).join(' ') + ` <p>${pick(written)}</p>`;
    const text = Array.from({ length: Math.floor(random() * 3) }, () => pick(written)).join('\n');
    const parts = ['Content-Type: multipart/alternative; boundary="b"', '', '--b', 'Content-Type: text/plain', '', text, '--b', 'Content-Type: text/html', '', html, '--b--', ''];
    const msg = parseMessage(new TextEncoder().encode(['From: a@brightwell.co.uk', 'To: b@recipient.example', 'Subject: s', 'MIME-Version: 1.0', ...parts].join('\r\n')), DEFAULT_PARSE_OPTIONS);
    for (const brandId of ['dropbox', 'google', 'microsoft']) {
      for (const ownHost of [undefined, 'brightwell.co.uk']) {
        if (!linkElsewhereThan(msg, 5, registry, brandId, ownHost)) continue;
        settled++;
        for (const personal of [true, false]) {
          const fromReg = ownHost ?? registrableDomain('gmail.com');
          assert.equal(namesShareServiceOfLinks(brandId, destinations(msg, 5), registry, ownHost, personal, fromReg), false, `${brandId} ${ownHost} ${html} | ${text}`);
        }
      }
    }
  }
  assert.ok(settled > 4_000, `settled early: ${settled}`);
});
