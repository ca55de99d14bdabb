import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerScanCommand } from './commands/scan.js';
import type { CliIo } from './io.js';
import { registerTrainCommands } from './commands/train.js';
import { registerLookalikeCommand } from './commands/lookalike.js';
import { registerIntelCommands } from './commands/intel.js';
import { EXIT } from './exit-codes.js';

/**
 * Builds and runs the command-line program; each command lives in ./commands. Returns the exit code
 * (see ./exit-codes.ts) instead of calling process.exit, so tests run it in-process.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const cli: CliIo = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command('spamlab')
    .description('Find, explain, track and attribute spam and malware mail')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => cli.stdout.write(s),
      writeErr: (s) => cli.stderr.write(s),
    });
  registerScanCommand(program, cli);
  registerLookalikeCommand(program, cli);
  registerTrainCommands(program, cli);
  registerIntelCommands(program, cli);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}

/** The version in package.json (../../ from both src/cli and dist/cli). */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
