import type { ScoreGroup } from '../core/finding.js';

/**
 * Score groups. A cap keeps many weak signals of one kind from adding up to a verdict on their own
 * (Rspamd's `max_score`): e.g. several header oddities are worth at most 4 points together.
 */
export const SCORE_GROUPS: readonly ScoreGroup[] = [
  { name: 'engine', description: 'Scan engine health (check errors, time-outs)' },
  { name: 'headers', maxScore: 4, description: 'Header anomalies: Message-ID, Date, Received, bulk headers' },
  { name: 'mime', maxScore: 4, description: 'MIME structure anomalies and limits' },
  { name: 'sender', description: 'Sender identity: impersonation and lookalike domains' },
  { name: 'auth', description: 'SPF, DKIM and DMARC results' },
  { name: 'links', description: 'Links: deception, tracking, reputation' },
  { name: 'attachments', description: 'Attachments: executables, archives, macros, smuggling' },
  { name: 'content', description: 'Content: statistical classifier, categories, themes' },
  { name: 'attached-message', description: 'An attached message read as a letter of its own: its verdict carried into this one' },
  { name: 'composite', description: 'Composites: combinations and exceptions' },
];
