import type { SpamlabConfig } from '../config/schema.js';
import { buildScoreTable, CATALOGUE } from '../score/table.js';

/** Explains a finding id in a language (the store keeps results without rendered text). */
export type Explain = (id: string, lang: 'en' | 'ja') => string | undefined;

/** Explanations from the score table of this configuration: what each id means, in English and Japanese. */
export function explainerFor(config: SpamlabConfig): Explain {
  const entries = buildScoreTable(CATALOGUE, config.thresholds, config.scores).entries;
  return (id, lang) => entries.get(id)?.description[lang];
}
