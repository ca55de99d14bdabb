import { createReadStream, openSync, statSync } from 'node:fs';
import { domainToASCII } from 'node:url';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { buildBrandRegistry } from '../../brands/registry.js';
import type { Brand } from '../../brands/types.js';
import { senderLookalikeDetector } from '../../checks/sender/context.js';
import { configuredFreemail } from '../../runtime/services.js';
import type { LookalikeDetector, LookalikeMatch } from '../../lookalike/detector.js';
import { permutations } from '../../lookalike/permutations.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, writeWithBackpressure, type CliIo } from '../io.js';

/** One line of `--check` output. */
export interface CheckRecord {
  domain: string;
  brand: string;
  brandId: string;
  technique: string;
  via?: string;
  protectedDomain: string;
  registrable: string;
}

function toRecord(input: string, m: LookalikeMatch): CheckRecord {
  return {
    domain: input,
    brand: m.brandName,
    brandId: m.brandId,
    technique: m.technique,
    ...(m.via ? { via: m.via } : {}),
    protectedDomain: m.protectedDomain,
    registrable: m.registrable,
  };
}

const MAX_DOMAIN_LENGTH = 253; // RFC 1035 §2.3.4, in its presentation form
const MAX_LABEL_LENGTH = 63;
const ASCII_HOST = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Why `input` (trimmed, any case, an optional final dot) is not a domain name, or undefined when it is
 * one. Lenient where real feeds are (underscores, Unicode labels), strict where a line is plainly not a
 * name: spaces, empty labels, no dot, an IP address, over-long names.
 * @example domainNameProblem('not a domain') // 'contains a space'
 */
export function domainNameProblem(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '') return 'is empty';
  if (/\s/.test(host)) return 'contains a space';
  if (host.length > MAX_DOMAIN_LENGTH) return `is longer than ${MAX_DOMAIN_LENGTH} characters`;
  if (IPV4.test(host) || host.includes(':')) return 'is an IP address or has a port, not a domain name';
  if (!/^[\x00-\x7f]*$/.test(host)) {
    // A Unicode (IDN) name: valid when it has an A-label form (UTS #46, as browsers map it).
    const ascii = domainToASCII(host);
    if (!ascii) return 'is not a valid internationalised domain name';
    host = ascii;
  }
  if (!ASCII_HOST.test(host)) {
    const bad = [...host].find((c) => !/[a-z0-9_.-]/.test(c));
    return bad !== undefined ? `contains ${JSON.stringify(bad)}, which no domain name has` : 'has an empty label: two dots in a row, or a leading dot';
  }
  const labels = host.split('.');
  if (labels.length < 2) return 'has no dot, and a domain name has at least a label and a suffix, as example.com';
  if (labels.some((l) => l.length > MAX_LABEL_LENGTH)) return `has a label longer than ${MAX_LABEL_LENGTH} characters`;
  if (/^\d+$/.test(labels.at(-1)!)) return 'ends in a number, not a top-level domain';
  return undefined;
}

/** A line of `--check` input that is not a domain name. */
export interface RejectedLine {
  line: number;
  input: string;
  error: string;
}

/** How many rejected lines the summary quotes (all are counted, and all are in --json output). */
const REJECTED_SHOWN = 5;

/**
 * Streams domains (one per line; blank lines and `#` comments skipped; a CSV `rank,domain` line uses
 * its last field) through the detector and writes the lookalikes: NDJSON with `json`, else aligned text.
 * A line that is not a domain name is rejected, never dropped silently: with `json` it is written as
 * `{line, input, error}`; the first few are returned for the summary either way.
 * Output is buffered in chunks so writing never dominates the per-domain cost; `write` may return a
 * promise (backpressure) and `stop` ends the stream early (the reader went away).
 * @example await checkDomainsStream(createReadStream('nrd.txt'), detector, true, (s) => process.stdout.write(s))
 */
export async function checkDomainsStream(
  input: NodeJS.ReadableStream,
  detector: LookalikeDetector,
  json: boolean,
  write: (chunk: string) => void | Promise<void>,
  stop: () => boolean = () => false,
): Promise<{ checked: number; found: number; rejected: number; firstRejected: RejectedLine[] }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let checked = 0;
  let found = 0;
  let rejected = 0;
  let lineNumber = 0;
  const firstRejected: RejectedLine[] = [];
  let buffer = '';
  for await (const line of lines) {
    lineNumber++;
    let domain = line.trim();
    if (!domain || domain.startsWith('#')) continue;
    const comma = domain.lastIndexOf(',');
    if (comma >= 0) domain = domain.slice(comma + 1).trim();
    const problem = domainNameProblem(domain);
    if (problem) {
      rejected++;
      const r: RejectedLine = { line: lineNumber, input: domain.length > 200 ? `${domain.slice(0, 200)}…` : domain, error: `not a domain name: it ${problem}` };
      if (firstRejected.length < REJECTED_SHOWN) firstRejected.push(r);
      if (json) buffer += `${JSON.stringify(r)}\n`;
    } else {
      checked++;
      const m = detector.detect(domain);
      if (m) {
        found++;
        const r = toRecord(domain, m);
        buffer += json ? `${JSON.stringify(r)}\n` : `${r.domain}\t${r.brand}\t${r.technique}${r.via ? `(${r.via})` : ''}\t${r.protectedDomain}\n`;
      }
    }
    if (buffer.length > 65536) {
      await write(buffer);
      buffer = '';
      if (stop()) break;
    }
  }
  if (buffer && !stop()) await write(buffer);
  return { checked, found, rejected, firstRejected };
}

/** Opens the `--check` file, or says why it cannot be read (before any output, so the exit code can tell). */
function openDomainFile(file: string, io: CliIo): NodeJS.ReadableStream | undefined {
  if (file === '-') return io.stdin;
  try {
    if (statSync(file).isDirectory()) {
      io.stderr.write(`spamlab: lookalike --check: ${file} is a directory; give a file of domains, one per line (or - for stdin)\n`);
      return undefined;
    }
    // Opened here, synchronously, so an unreadable file is reported now rather than as a stream error later.
    return createReadStream(file, { fd: openSync(file, 'r') });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message;
    io.stderr.write(`spamlab: lookalike --check: cannot read ${file}: ${why}\n`);
    return undefined;
  }
}

/**
 * `spamlab lookalike DOMAIN` lists permutations of a domain with their technique; `spamlab lookalike
 * --check FILE` prints the domains of FILE (`-` for stdin) that imitate a protected brand.
 */
export function registerLookalikeCommand(program: Command, io: CliIo): void {
  program
    .command('lookalike')
    .description('List lookalike permutations of DOMAIN, or --check a file of domains against the protected brands')
    .argument('[domain]', 'domain to permute (e.g. trendmicro.com)')
    .option('--check <file>', 'read domains one per line (- for stdin) and print those imitating a protected brand')
    .option('--json', 'NDJSON output: one object per line')
    .option('--only-detected', 'with DOMAIN: list only permutations the detector flags')
    .option('-c, --config <file>', 'YAML configuration file: your own brands (sender.brands) are protected too')
    .action(async (domain: string | undefined, opts: { check?: string; json?: boolean; onlyDetected?: boolean; config?: string }) => {
      const config = configOrReport(opts, io);
      if (!config) return io.setExitCode(EXIT.usage);
      const { sender } = config;
      const detector = senderLookalikeDetector(buildBrandRegistry(sender.brands as Brand[], sender.defaultBrands), sender, configuredFreemail(sender));
      if (opts.check) {
        const input = openDomainFile(opts.check, io);
        if (!input) return io.setExitCode(EXIT.nothingScanned);
        const out = (s: string) => writeWithBackpressure(io.stdout, s);
        const { checked, found, rejected, firstRejected } = await checkDomainsStream(input, detector, opts.json === true, out, () => io.outputClosed?.() === true);
        if (io.outputClosed?.()) return;
        let summary = `lookalike: ${found} of ${checked} domains imitate a protected brand`;
        if (rejected > 0) {
          const shown = firstRejected.map((r) => `line ${r.line}: ${JSON.stringify(r.input)} ${r.error.replace(/^not a domain name: it /, '')}`);
          summary += `; ${rejected} line${rejected === 1 ? ' was' : 's were'} not a domain name and not checked: ${shown.join('; ')}${rejected > shown.length ? '; …' : ''}`;
        }
        io.stderr.write(`${summary}\n`);
        if (checked === 0) {
          io.stderr.write(`spamlab: lookalike --check: no domain names found in ${opts.check === '-' ? 'stdin' : opts.check}\n`);
          io.setExitCode(EXIT.nothingScanned);
        }
        return;
      }
      if (!domain) {
        program.error('lookalike: give a DOMAIN or --check FILE');
        return;
      }
      const problem = domainNameProblem(domain);
      if (problem) {
        io.stderr.write(`spamlab: lookalike: ${JSON.stringify(domain)} was rejected: it ${problem}\n`);
        return io.setExitCode(EXIT.usage);
      }
      const list = permutations(domain.trim().replace(/\.$/, ''));
      if (list.length === 0) {
        io.stderr.write(`spamlab: lookalike: ${JSON.stringify(domain)} has no registrable name to permute (it is a public suffix)\n`);
        return io.setExitCode(EXIT.usage);
      }
      let text = '';
      for (const p of list) {
        const m = detector.detect(p.domain);
        if (opts.onlyDetected && !m) continue;
        text += opts.json
          ? `${JSON.stringify({ domain: p.domain, technique: p.technique, detected: m ? { brand: m.brandName, technique: m.technique } : null })}\n`
          : `${p.technique.padEnd(16)}${p.domain}${m ? `\t[${m.brandName}: ${m.technique}]` : ''}\n`;
      }
      await writeWithBackpressure(io.stdout, text);
    });
}
