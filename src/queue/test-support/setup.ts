import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';

/**
 * Queue settings for tests: a dead worker's jobs come back after 4 s (not 30), retries after 50 ms, and
 * a job may survive many dead workers (a machine loaded by other runs can delay a lock renewal; that must
 * cost a redelivery, never a dead letter).
 */
export const TEST_QUEUE_YAML = `queue:\n  attempts: 3\n  backoffMs: 50\n  lockMs: 4000\n  stalledCheckMs: 500\n  maxStalled: 20\n`;

/** A temporary directory removed after the test, with the test configuration written in it. */
export function scratch(t: TestContext): { dir: string; config: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-queue-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const config = path.join(dir, 'spamlab.yaml');
  writeFileSync(config, TEST_QUEUE_YAML);
  return { dir, config };
}

/** What the store holds, counted the ways a duplicate would show: messages, distinct hashes, trend total, campaign members, error rows. */
export interface StoreTally {
  messages: number;
  distinct: number;
  trendTotal: number;
  campaignMembers: number;
  errors: number;
}

export async function tally(url: string): Promise<StoreTally> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const n = async (sql: string) => {
      try {
        return Number((await client.query(sql)).rows[0]?.n ?? 0);
      } catch (err) {
        if ((err as { code?: string }).code === '42P01') return 0; // not created yet
        throw err;
      }
    };
    return {
      messages: await n('SELECT COUNT(*) AS n FROM messages'),
      distinct: await n('SELECT COUNT(DISTINCT hash) AS n FROM messages'),
      trendTotal: await n("SELECT COALESCE(SUM(count), 0) AS n FROM trend_counts WHERE period_kind = 'month' AND dimension = 'all'"),
      campaignMembers: await n('SELECT COUNT(*) AS n FROM campaign_members'),
      errors: await n('SELECT COUNT(*) AS n FROM message_errors'),
    };
  } finally {
    await client.end();
  }
}

export const storedCount = async (url: string) => (await tally(url)).messages;
