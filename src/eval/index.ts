import { basename } from 'node:path';
import { processDocument } from '../pipeline.js';
import { readDocument } from '../read/index.js';
import { compromiseBaseline } from './baseline.js';
import { loadGoldDir } from './gold.js';
import { matchDocument, type Matching } from './match.js';
import { formatDifferences, formatTable } from './report.js';
import { score, type Scores } from './score.js';

export { parseGold, loadGoldDir, type GoldDoc } from './gold.js';
export { matchDocument, type Prediction, type Matching } from './match.js';
export { score, type Scores } from './score.js';
export { sameWhat } from './words.js';

export interface Evaluation {
  tool: { scores: Scores; matchings: Matching[] };
  baseline: { scores: Scores; matchings: Matching[] };
  /** Inputs that have no gold in the gold directory, left out of the scores. */
  withoutGold: string[];
}

/** Run the whole pipeline, and the compromise baseline, over `files` and score both against the gold in `goldDir`. */
export async function evaluate(goldDir: string, files: readonly string[]): Promise<Evaluation> {
  const gold = loadGoldDir(goldDir);
  const tool: Matching[] = [];
  const baseline: Matching[] = [];
  const withoutGold: string[] = [];
  for (const file of files) {
    const docGold = gold.get(basename(file));
    if (!docGold) {
      withoutGold.push(file);
      continue;
    }
    const source = await readDocument(file);
    tool.push(matchDocument(docGold, processDocument(source).figures));
    baseline.push(matchDocument(docGold, compromiseBaseline(source)));
  }
  return {
    tool: { scores: score(tool), matchings: tool },
    baseline: { scores: score(baseline), matchings: baseline },
    withoutGold,
  };
}

/** The report `eval` prints: the score table for the tool and the baseline, and with `verbose` every difference. */
export function formatEvaluation(e: Evaluation, verbose: boolean): string {
  const parts = [formatTable([['sitrep-extract', e.tool.scores], ['compromise numbers()', e.baseline.scores]])];
  if (e.withoutGold.length > 0) parts.push(`no gold for: ${e.withoutGold.join(', ')}`);
  if (verbose) {
    parts.push(formatDifferences(e.tool.matchings.flatMap((m) => m.missed), e.tool.matchings.flatMap((m) => m.extra)));
  }
  return parts.join('\n\n') + '\n';
}
