// Part of `npm run build`: writes dist/cli/commands/summary.json, the top-level help lines of every command,
// so that `spamlab --help` lists them without loading each command's module (src/cli/commands/index.ts).
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';

const { COMMAND_MODULES, SUMMARY_FILE, summarise } = await import('../dist/cli/commands/index.js');
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, setExitCode: () => {}, outputClosed: () => false };
const program = new Command('spamlab');
for (const m of COMMAND_MODULES) (await m.load())(program, io);
writeFileSync(new URL(`../dist/cli/${SUMMARY_FILE}`, import.meta.url), `${JSON.stringify(summarise(program), null, 1)}\n`);
process.exit(0);
