// The score table's vocabulary lives in src/core (checks and adapters share it); re-exported here for
// the modules that have always imported it from the score layer.
export { VERDICT_SEVERITY, type ScoreEntry, type ScoreGroup, type ThreatClass, type Thresholds, type Verdict } from '../core/finding.js';
