import { Organisation, simulateMessages, type GroundTruth, type SimulationOptions } from './organisation.js';
import { PostfixLogWriter } from './postfix-log.js';

export * from './organisation.js';
export { PostfixLogWriter, syslogStamp } from './postfix-log.js';

/**
 * The simulation as Postfix log lines, day by day. `truth` fills with the injected incidents as they are
 * generated (complete once the generator is exhausted).
 * @example const truth = []; for (const lines of simulatePostfixLog({ seed: 7 }, truth)) write(lines);
 */
export function* simulatePostfixLog(opts: SimulationOptions, truth: GroundTruth[] = []): Generator<string[]> {
  const org = new Organisation(opts);
  const writer = new PostfixLogWriter(org.random, opts.hostname ?? 'mail', org.domain);
  const start = Date.parse(`${opts.start ?? '2026-04-20'}T00:00:00Z`);
  let day = 0;
  for (const messages of simulateMessages(org, truth)) {
    day++;
    yield writer.write(messages, start + day * 86_400_000);
  }
  yield writer.flush();
}
