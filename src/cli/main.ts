import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import { COMMAND_MODULES, SUMMARY_FILE, type CommandSummary } from './commands/index.js';
import { OutputWatch, type CliIo } from './streams.js';
import { EXIT } from './exit-codes.js';
import { packageVersion } from './version.js';

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
    // Read when a command reads it: process.stdin builds its stream on first access (fs streams and their
    // promises API, ~3 ms), which the help, the version and a scan of files never need.
    get stdin() {
      return io.stdin ?? process.stdin;
    },
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
  await registerCommands(program, cli, argv);
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

/**
 * Registers the command being run (its module alone is loaded), or, for the top-level help and unknown
 * commands, a summary of every command (from the file the build writes; without it, every module).
 */
async function registerCommands(program: Command, cli: CliIo, argv: string[]): Promise<void> {
  const args = argv.slice(2);
  const first = args.find((a) => !a.startsWith('-'));
  // `spamlab help scan` shows the help of scan: that module is needed too.
  const name = first === 'help' ? args[args.indexOf('help') + 1] : first;
  const module = name === undefined ? undefined : COMMAND_MODULES.find((m) => m.names.includes(name));
  if (module) {
    (await module.load())(program, cli);
    return;
  }
  const summary = readSummary();
  if (!summary) {
    for (const m of COMMAND_MODULES) (await m.load())(program, cli);
    return;
  }
  registerSummary(program, summary);
}

/** Stand-ins for every command, enough for the top-level help and for commander's unknown-command errors. */
export function registerSummary(program: Command, summary: readonly CommandSummary[]): void {
  const terms = new Map(summary.map((s) => [s.name, s.term]));
  const standard = new Help();
  program.configureHelp({ subcommandTerm: (cmd) => terms.get(cmd.name()) ?? standard.subcommandTerm(cmd) });
  for (const s of summary) program.command(s.name).description(s.description).allowUnknownOption().allowExcessArguments();
}

/** The command summary the build wrote next to the compiled CLI; undefined under tsx (tests) or when missing. */
function readSummary(): CommandSummary[] | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  try {
    return JSON.parse(readFileSync(new URL(SUMMARY_FILE, import.meta.url), 'utf8')) as CommandSummary[];
  } catch {
    return undefined;
  }
}
