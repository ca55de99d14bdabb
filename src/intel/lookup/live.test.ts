import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { after, before, test } from 'node:test';
import { openStore } from '../../store/index.js';
import { pivot } from '../graph/pivot.js';
import { importResponses } from '../history/import.js';
import { DEFAULT_LOOKUP_CONFIG, LiveLookup, LookupError, systemNetwork, type LookupConfig } from './live.js';

/**
 * A real WHOIS exchange over TCP on loopback: a thin registry server that refers to a registrar
 * server, both started by this test on ephemeral ports; the lookup must be enabled and loopback
 * explicitly allowed, or it refuses.
 */
const queries: string[] = [];
let registry: Server;
let registrar: Server;
let registryPort = 0;
let registrarPort = 0;

function whoisServer(answer: (q: string) => string): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer((socket) => {
      let buf = '';
      socket.on('data', (d) => {
        buf += d.toString('utf8');
        if (buf.includes('\r\n')) {
          const q = buf.trim();
          queries.push(q);
          socket.end(answer(q));
        }
      });
      socket.on('error', () => {});
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

before(async () => {
  registrar = await whoisServer(
    (q) =>
      `Domain Name: ${q.toUpperCase()}\nUpdated Date: 2013-01-05T00:00:00Z\nCreation Date: 2013-01-05T00:00:00Z\nRegistrant Name: Kenji Sato\nRegistrant Phone: +81.368901234\nRegistrant Email: k.sato@mail.test\nName Server: ns1.hostingco.test\n`,
  );
  registrarPort = (registrar.address() as AddressInfo).port;
  registry = await whoisServer(
    (q) => `Domain Name: ${q.toUpperCase()}\nRegistrar WHOIS Server: 127.0.0.1:${registrarPort}\nCreation Date: 2013-01-05T00:00:00Z\nName Server: NS1.HOSTINGCO.TEST\n`,
  );
  registryPort = (registry.address() as AddressInfo).port;
});
after(() => {
  registry.close();
  registrar.close();
});

const config = (over: Partial<LookupConfig> = {}): LookupConfig => ({
  ...DEFAULT_LOOKUP_CONFIG,
  enabled: true,
  allowPrivate: true,
  minIntervalMs: 0,
  timeoutMs: 5000,
  whoisServers: { test: `127.0.0.1:${registryPort}` },
  ...over,
});

test('off by default; loopback refused unless allowed', async () => {
  await assert.rejects(new LiveLookup(DEFAULT_LOOKUP_CONFIG, systemNetwork()).whois('a.test'), (e: LookupError) => e.kind === 'disabled');
  const before = queries.length;
  await assert.rejects(new LiveLookup(config({ allowPrivate: false }), systemNetwork()).whois('a.test'), (e: LookupError) => e.kind === 'refused' && /loopback/.test(e.message));
  assert.equal(queries.length, before, 'nothing was sent');
});

test('port 43 with the referral to the registrar, cached, imported and pivoted', async () => {
  const live = new LiveLookup(config(), systemNetwork());
  const before = queries.length;
  const answers = await live.whois('Virus-Alert-Desk.test');
  assert.deepEqual(queries.slice(before), ['virus-alert-desk.test', 'virus-alert-desk.test']);
  assert.equal(answers.length, 2);
  assert.deepEqual(answers[1]!.servers, [`127.0.0.1:${registryPort}`, `127.0.0.1:${registrarPort}`]);
  const again = await live.whois('virus-alert-desk.test');
  assert.ok(again.every((a) => a.cached));
  assert.equal(queries.length, before + 2, 'the cache answered');
  const store = await openStore(':memory:');
  try {
    const outcomes = await importResponses(store, answers);
    assert.deepEqual(outcomes.map((o) => o.status), ['stored', 'stored']);
    const r = await pivot(store, '+81 3 6890 1234');
    assert.deepEqual(r.domains.map((d) => d.domain), ['virus-alert-desk.test']);
  } finally {
    await store.close();
  }
});

test('rate limit: a second query to one server waits for the interval (injected clock)', async () => {
  let now = 1_000_000;
  const slept: number[] = [];
  const net = { ...systemNetwork(), now: () => now, sleep: async (ms: number) => { slept.push(ms); now += ms; } };
  const live = new LiveLookup(config({ minIntervalMs: 1500, whoisServers: { test: `127.0.0.1:${registrarPort}` } }), net);
  await live.whois('one.test');
  now += 500;
  await live.whois('two.test');
  assert.deepEqual(slept, [1000]);
});

test('RDAP through the bootstrap on a loopback HTTP server', async () => {
  const http = createHttpServer((req, res) => {
    res.setHeader('content-type', 'application/rdap+json');
    res.end(JSON.stringify({ objectClassName: 'domain', ldhName: decodeURIComponent(req.url!.split('/').pop()!), events: [{ eventAction: 'registration', eventDate: '2014-02-02T00:00:00Z' }] }));
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  try {
    const port = (http.address() as AddressInfo).port;
    const bootstrap = { services: [[['test'], [`http://127.0.0.1:${port}/rdap/`]]] as [string[], string[]][] };
    const live = new LiveLookup(config({ rdapBootstrap: bootstrap }), systemNetwork());
    const answer = await live.rdap('prize.test');
    assert.equal(answer.protocol, 'rdap');
    assert.match(String(answer.content), /"ldhName":"prize.test"/);
    await assert.rejects(live.rdap('x.unknown'), (e: LookupError) => e.kind === 'no-server');
    await assert.rejects(new LiveLookup(config({ rdapBootstrap: bootstrap, allowPrivate: false }), systemNetwork()).rdap('prize.test'), (e: LookupError) => e.kind === 'refused');
  } finally {
    http.close();
  }
});
