import type { Command } from 'commander';
import type { CliIo } from '../streams.js';

/** Registers one module's commands on the program (each module's `register…` function). */
type Register = (program: Command, io: CliIo) => void;

/**
 * Every command module, in the order `spamlab --help` lists them, loaded only when needed: starting the CLI
 * must not load what other commands use (the scanner's tables, the stores, the HTTP server), since a mail
 * filter invoked per message pays the start-up on every message. Adding a command: add its module here.
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['scan'], load: async () => (await import('./scan.js')).registerScanCommand },
  { names: ['lookalike'], load: async () => (await import('./lookalike.js')).registerLookalikeCommand },
  { names: ['train', 'learn'], load: async () => (await import('./train.js')).registerTrainCommands },
  { names: ['whois', 'pivot'], load: async () => (await import('./intel.js')).registerIntelCommands },
  { names: ['ingest'], load: async () => (await import('./ingest.js')).registerIngestCommand },
  { names: ['messages', 'message'], load: async () => (await import('./messages.js')).registerMessagesCommands },
  { names: ['store'], load: async () => (await import('./store.js')).registerStoreCommand },
  { names: ['outbound'], load: async () => (await import('./outbound.js')).registerOutboundCommand },
  { names: ['serve'], load: async () => (await import('./serve.js')).registerServeCommand },
  { names: ['report', 'campaigns', 'campaign'], load: async () => (await import('./report.js')).registerReportCommands },
  { names: ['worker'], load: async () => (await import('./worker.js')).registerWorkerCommand },
  { names: ['queue'], load: async () => (await import('./queue.js')).registerQueueCommands },
];

/** One line of the top-level help: what `spamlab --help` shows for a command without loading it. */
export interface CommandSummary {
  name: string;
  term: string;
  description: string;
}

/** The file `npm run build` writes next to the compiled CLI (scripts/write-cli-summary.mjs). */
export const SUMMARY_FILE = 'commands/summary.json';

/** The top-level help lines of a program with every command registered (what the summary file holds). */
export function summarise(program: Command): CommandSummary[] {
  const help = program.createHelp();
  return program.commands.map((cmd) => ({ name: cmd.name(), term: help.subcommandTerm(cmd), description: help.subcommandDescription(cmd) }));
}
