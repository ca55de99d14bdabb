import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import type { ParsedMessage } from '../../mail/types.js';
import { displayNameMentions, subjectMentions } from './mentions.js';

const ids = (mentions: readonly { brand: { id: string }; alias: string; weak: boolean }[]) => mentions.map((m) => `${m.brand.id}/${m.alias}/${m.weak}`);

test('shared brand mentions are the registry\'s answers for every text a caller reads, whatever the order of the calls', () => {
  const registry = buildBrandRegistry([], true);
  const other = buildBrandRegistry([], true);
  const long = `PayPal ${'x'.repeat(1100)} Amazon`; // Amazon lies past 1,024 characters, within 2,048
  const subjects = ['Your PayPal account', 'Amazon order for you@paypal.com', long, '', 'Netflix ＰａｙＰａｌ'];
  for (const subject of subjects) {
    const msg = {} as ParsedMessage;
    // sender.lookalike's reading first, then sender.identity's (another limit, or addresses written out), then again.
    const reads: [string, number][] = [[subject, 1024], [subject, 2048], [subject.replace(/\S+@\S+/g, ' '), 2048], [subject, 1024]];
    for (const [text, max] of reads) assert.deepEqual(ids(subjectMentions(msg, registry, text, max)), ids(registry.mentionsInText(text, max)), `${text.slice(0, 40)} @${max}`);
    // Another registry (another scanner's) is not answered from this one's memory.
    assert.deepEqual(ids(subjectMentions(msg, other, subject, 1024)), ids(other.mentionsInText(subject, 1024)));
    for (const name of ['PayPal Service', 'Amazon.co.jp', 'PayPal Service', 'John']) {
      assert.deepEqual(ids(displayNameMentions(msg, registry, name)), ids(registry.mentionsInDisplayName(name)), name);
    }
  }
  // The long subject names Amazon only within 2,048 characters: the memory must not answer one limit with the other.
  const msg = {} as ParsedMessage;
  assert.equal(ids(subjectMentions(msg, registry, long, 1024)).some((m) => m.startsWith('amazon')), false);
  assert.equal(ids(subjectMentions(msg, registry, long, 2048)).some((m) => m.startsWith('amazon')), true);
});
