import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerScanCommand } from './commands/scan.js';
import { OutputWatch, type CliIo } from './io.js';
import { registerTrainCommands } from './commands/train.js';
import { registerLookalikeCommand } from './commands/lookalike.js';
import { registerIntelCommands } from './commands/intel.js';
import { registerOutboundCommand } from './commands/outbound.js';
import { registerServeCommand } from './commands/serve.js';
import { registerReportCommands } from './commands/report.js';
import { EXIT } from './exit-codes.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerMessagesCommands } from './commands/messages.js';
import { registerStoreCommand } from './commands/store.js';
import { registerWorkerCommand } from './commands/worker.js';
import { registerQueueCommands } from './commands/queue.js';

/**
 * Builds and runs the command-line program; each command lives in ./commands. Returns the exit code
 * (see ./exit-codes.ts) instead of calling process.exit, so tests run it in-process.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const output = new OutputWatch([stdout, stderr]);
  const cli: CliIo = {
    stdout,
    stderr,
    stdin: io.stdin ?? process.stdin,
    setExitCode: (code) => {
      exitCode = code;
    },
    outputClosed: () => output.closed,
  };
  const program = new Command('spamlab')
    .description('Find, explain, track and attribute spam and malware mail')
    .version(packageVersion())
    .exitOverride()
    // Lets a subcommand's subcommands reuse option names (`outbound --state` and `outbound release --state`).
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => cli.stdout.write(s),
      writeErr: (s) => cli.stderr.write(s),
    });
  registerScanCommand(program, cli);
  registerLookalikeCommand(program, cli);
  registerTrainCommands(program, cli);
  registerIntelCommands(program, cli);
  registerIngestCommand(program, cli);
  registerMessagesCommands(program, cli);
  registerStoreCommand(program, cli);
  registerOutboundCommand(program, cli);
  registerServeCommand(program, cli);
  registerReportCommands(program, cli);
  registerWorkerCommand(program, cli);
  registerQueueCommands(program, cli);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (output.closed) return EXIT.outputClosed;
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  // Output errors are emitted after the write that failed: let them arrive before deciding.
  await new Promise<void>((resolve) => setImmediate(resolve));
  // The process's own streams stay watched: an error of a last asynchronous write may come even later.
  if (io.stdout && io.stderr) output.stop();
  if (output.closed) return EXIT.outputClosed;
  if (output.error) throw output.error;
  return exitCode;
}

/** The version in package.json (../../ from both src/cli and dist/cli). */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
