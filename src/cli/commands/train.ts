import type { Command } from 'commander';
import { Option } from 'commander';
import { createModel, loadModel, tokenize, type ModelKind, type TextModel } from '../../classifier/index.js';
import { scannedClassifierInput } from '../../checks/content/classifier.js';
import { loadContentModel } from '../../runtime/model.js';
import type { SpamlabConfig } from '../../config/schema.js';
import { readMessage } from '../../scan/read-message.js';
import { openSources } from '../../mail/sources/index.js';
import { defaultStorePath, openStore } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';

interface CommonOptions {
  store?: string;
  model?: string;
  keep?: string;
  config?: string;
}

interface TrainOptions extends CommonOptions {
  spam?: string[];
  ham?: string[];
  kind?: ModelKind;
}

interface LearnOptions extends CommonOptions {
  spam?: boolean;
  ham?: boolean;
}

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, setExitCode: (c) => void (process.exitCode = c) });

/**
 * `spamlab train --spam PATH… --ham PATH…` builds a new classifier model from scratch and saves it as a
 * new version in the store; `spamlab learn --spam|--ham PATH…` corrects the current model (the store's
 * newest, else the shipped one) message by message, without retraining, and saves the result as a new
 * version. Inputs are anything `scan` reads (files, directories, mbox, Maildir, `-`).
 * @example registerTrainCommands(program); // spamlab train --spam spam/ --ham ham/ --store ./spamlab.db
 */
export function registerTrainCommands(program: Command, io: CliIo = defaultIo()): void {
  const common = (cmd: Command): Command =>
    cmd
      .option('--store <path>', `the store (SQLite file or postgres:// URL) to save the model in (default: content.classifier.store, else ${defaultStorePath()})`)
      .option('--model <name>', 'model name in the store (default: content.classifier.modelName, "default")')
      .option('--keep <n>', 'versions of the model to keep in the store', '5')
      .option('-c, --config <file>', 'YAML configuration file');

  common(
    program
      .command('train')
      .description('train a new content-classifier model from spam and ham (any input scan reads) and save it in the store')
      .option('--spam <paths...>', 'spam: files, directories, mbox files, Maildirs')
      .option('--ham <paths...>', 'legitimate mail: files, directories, mbox files, Maildirs')
      .addOption(new Option('--kind <kind>', 'classifier variant').choices(['logistic', 'bayes']).default('logistic')),
  ).action(async (options: TrainOptions) => io.setExitCode(await runTrain(options, io)));

  common(
    program
      .command('learn')
      .description('correct the current model with messages of a known class, without retraining, and save a new version')
      .argument('<paths...>', 'files, directories, mbox files, Maildirs; - for stdin')
      .option('--spam', 'the messages are spam')
      .option('--ham', 'the messages are legitimate'),
  ).action(async (paths: string[], options: LearnOptions) => io.setExitCode(await runLearn(paths, options, io)));
}

interface Resolved {
  config: SpamlabConfig;
  store: string;
  name: string;
  keep: number;
}

function resolve(options: CommonOptions, io: CliIo): Resolved | undefined {
  const config = configOrReport(options, io);
  if (!config) return undefined;
  const keep = Number(options.keep ?? 5);
  if (!Number.isInteger(keep) || keep < 1) {
    io.stderr.write(`spamlab: --keep must be a positive integer, not ${options.keep}\n`);
    return undefined;
  }
  const store = options.store || config.content.classifier.store || defaultStorePath();
  return { config, store, name: options.model || config.content.classifier.modelName, keep };
}

/** Tokens of every readable message under `paths`; unreadable ones are reported and skipped. */
async function* messageTokens(paths: string[], config: SpamlabConfig, io: CliIo, counts: { read: number; failed: number }): AsyncGenerator<string[]> {
  const { maxTokens, maxTextChars } = config.content.classifier;
  for await (const item of openSources(paths, { maxMessageBytes: config.limits.maxMessageBytes, stdin: io.stdin })) {
    if ('error' in item) {
      counts.failed++;
      io.stderr.write(`${item.source}: ${item.error}\n`);
      continue;
    }
    try {
      const msg = readMessage(item.raw, config.limits);
      counts.read++;
      yield tokenize(scannedClassifierInput(msg), { maxTokens, maxTextChars });
    } catch (err) {
      counts.failed++;
      io.stderr.write(`${item.source}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

async function runTrain(options: TrainOptions, io: CliIo): Promise<number> {
  const r = resolve(options, io);
  if (!r) return EXIT.usage;
  if (!options.spam?.length || !options.ham?.length) {
    io.stderr.write('spamlab train: give both --spam and --ham (a model needs examples of each)\n');
    return EXIT.usage;
  }
  const started = performance.now();
  const samples: { tokens: string[]; isSpam: boolean }[] = [];
  const spamCounts = { read: 0, failed: 0 };
  const hamCounts = { read: 0, failed: 0 };
  for await (const tokens of messageTokens(options.spam, r.config, io, spamCounts)) samples.push({ tokens, isSpam: true });
  for await (const tokens of messageTokens(options.ham, r.config, io, hamCounts)) samples.push({ tokens, isSpam: false });
  if (spamCounts.read === 0 || hamCounts.read === 0) {
    io.stderr.write(`spamlab train: need at least one readable spam and one ham (read ${spamCounts.read} spam, ${hamCounts.read} ham)\n`);
    return EXIT.nothingScanned;
  }
  const model = createModel(options.kind ?? 'logistic');
  model.train(samples);
  model.describe(`spamlab train: ${spamCounts.read} spam from ${options.spam.join(', ')}; ${hamCounts.read} ham from ${options.ham.join(', ')}`);
  const version = await save(model, r);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stdout.write(
    `trained ${model.kind} model "${r.name}" v${version} on ${spamCounts.read} spam + ${hamCounts.read} ham in ${seconds} s` +
      `${spamCounts.failed + hamCounts.failed ? ` (${spamCounts.failed + hamCounts.failed} unreadable)` : ''}; saved in ${r.store}\n`,
  );
  return EXIT.ok;
}

async function runLearn(paths: string[], options: LearnOptions, io: CliIo): Promise<number> {
  const r = resolve(options, io);
  if (!r) return EXIT.usage;
  if (options.spam === options.ham) {
    io.stderr.write('spamlab learn: say what the messages are: --spam or --ham (exactly one)\n');
    return EXIT.usage;
  }
  const isSpam = options.spam === true;
  let model: TextModel;
  let base: string;
  const store = await openStore(r.store);
  try {
    const stored = await store.models.latest(r.name);
    if (stored) {
      model = loadModel(stored.data);
      base = `${r.name} v${stored.version}`;
    } else {
      const shipped = await loadContentModel({ ...r.config.content.classifier, useStore: false });
      // The shipped model is cached per process: learn on a private copy.
      model = loadModel(shipped.model.toBytes());
      base = shipped.source;
    }
  } finally {
    await store.close();
  }
  const counts = { read: 0, failed: 0 };
  for await (const tokens of messageTokens(paths, r.config, io, counts)) model.learn(tokens, isSpam);
  if (counts.read === 0) {
    io.stderr.write('spamlab learn: no readable message\n');
    return EXIT.nothingScanned;
  }
  const version = await save(model, r);
  io.stdout.write(`learned ${counts.read} ${isSpam ? 'spam' : 'ham'} into "${r.name}" v${version} (from ${base}); saved in ${r.store}\n`);
  return EXIT.ok;
}

async function save(model: TextModel, r: Resolved): Promise<number> {
  const store = await openStore(r.store);
  try {
    const info = model.info();
    return await store.models.save(
      { name: r.name, kind: model.kind, meta: { spamMessages: info.spamMessages, hamMessages: info.hamMessages, trainedOn: info.trainedOn }, data: model.toBytes() },
      r.keep,
    );
  } finally {
    await store.close();
  }
}
