import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { registerSummary } from '../main.js';
import type { CliIo } from '../streams.js';
import { COMMAND_MODULES, summarise } from './index.js';

const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, setExitCode: () => {} };

test('the top-level help from the command summary is the help of the program with every command loaded', async () => {
  const full = new Command('spamlab').description('d');
  for (const m of COMMAND_MODULES) (await m.load())(full, io);
  const summary = summarise(full);
  assert.deepEqual(summary.map((s) => s.name), full.commands.map((c) => c.name()));
  // Every command a module registers is findable by name (main loads only the module of the command run).
  for (const c of full.commands) assert.ok(COMMAND_MODULES.some((m) => m.names.includes(c.name())), `${c.name()} is listed in COMMAND_MODULES`);
  const light = new Command('spamlab').description('d');
  registerSummary(light, summary);
  assert.equal(light.helpInformation(), full.helpInformation());
  assert.match(light.helpInformation(), /scan \[options\] <paths\.\.\.>/);
});
