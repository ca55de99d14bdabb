import { Command } from 'commander';
import { registerLookalikeCommand } from './commands/lookalike.js';

/** Builds the command-line program; each command lives in ./commands. Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('spamlab').description('Find, explain, track and attribute spam and malware mail');
  registerLookalikeCommand(program);
  await program.parseAsync(argv);
  return 0;
}
