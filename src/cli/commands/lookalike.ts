import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { buildBrandRegistry } from '../../brands/registry.js';
import type { Brand } from '../../brands/types.js';
import { detectorFor } from '../../brands/detector.js';
import type { LookalikeDetector, LookalikeMatch } from '../../lookalike/detector.js';
import { permutations } from '../../lookalike/permutations.js';
import { EXIT } from '../exit-codes.js';
import { configOrReport, type CliIo } from '../io.js';

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

/**
 * Streams domains (one per line; blank lines and `#` comments skipped; a CSV `rank,domain` line uses
 * its last field) through the detector and writes the lookalikes: NDJSON with `json`, else aligned text.
 * Output is buffered in chunks so writing never dominates the per-domain cost.
 * @example await checkDomainsStream(createReadStream('nrd.txt'), detector, true, (s) => process.stdout.write(s))
 */
export async function checkDomainsStream(
  input: NodeJS.ReadableStream,
  detector: LookalikeDetector,
  json: boolean,
  write: (chunk: string) => void,
): Promise<{ checked: number; found: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let checked = 0;
  let found = 0;
  let buffer = '';
  for await (const line of lines) {
    let domain = line.trim();
    if (!domain || domain.startsWith('#')) continue;
    const comma = domain.lastIndexOf(',');
    if (comma >= 0) domain = domain.slice(comma + 1).trim();
    checked++;
    const m = detector.detect(domain);
    if (!m) continue;
    found++;
    const r = toRecord(domain, m);
    buffer += json ? `${JSON.stringify(r)}\n` : `${r.domain}\t${r.brand}\t${r.technique}${r.via ? `(${r.via})` : ''}\t${r.protectedDomain}\n`;
    if (buffer.length > 65536) {
      write(buffer);
      buffer = '';
    }
  }
  if (buffer) write(buffer);
  return { checked, found };
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
      const detector = detectorFor(buildBrandRegistry(sender.brands as Brand[], sender.defaultBrands), sender.lookalike);
      const out = (s: string) => io.stdout.write(s);
      if (opts.check) {
        const input = opts.check === '-' ? io.stdin : createReadStream(opts.check);
        const { checked, found } = await checkDomainsStream(input, detector, opts.json === true, out);
        io.stderr.write(`lookalike: ${found} of ${checked} domains imitate a protected brand\n`);
        return;
      }
      if (!domain) {
        program.error('lookalike: give a DOMAIN or --check FILE');
        return;
      }
      let text = '';
      for (const p of permutations(domain)) {
        const m = detector.detect(p.domain);
        if (opts.onlyDetected && !m) continue;
        text += opts.json
          ? `${JSON.stringify({ domain: p.domain, technique: p.technique, detected: m ? { brand: m.brandName, technique: m.technique } : null })}\n`
          : `${p.technique.padEnd(16)}${p.domain}${m ? `\t[${m.brandName}: ${m.technique}]` : ''}\n`;
      }
      out(text);
    });
}
