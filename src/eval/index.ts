import { basename } from 'node:path';
import { processDocument } from '../pipeline.js';
import { readDocument } from '../read/index.js';
import { compromiseBaseline } from './baseline.js';
import { contextScores, documentScores, type ContextScores, type DocumentScores } from './context.js';
import { loadGoldDir } from './gold.js';
import { matchDocument, type Matching } from './match.js';
import { formatContext, formatDifferences, formatDocuments, formatMismatches, formatTable } from './report.js';
import { score, type Scores } from './score.js';

export { parseGold, loadGoldDir, type GoldDoc } from './gold.js';
export { matchDocument, type Prediction, type Matching } from './match.js';
export { score, type Scores } from './score.js';
export { formatMismatches } from './report.js';
export { sameWhat } from './words.js';

export interface Evaluation {
  tool: { scores: Scores; context: ContextScores; documents: DocumentScores[]; matchings: Matching[] };
  baseline: { scores: Scores; matchings: Matching[] };
  /** Inputs that have no gold in the gold directory, left out of the scores. */
  withoutGold: string[];
}

/** Run the whole pipeline, and the compromise baseline, over `files` and score both against the gold in `goldDir`. */
export async function evaluate(goldDir: string, files: readonly string[]): Promise<Evaluation> {
  const gold = loadGoldDir(goldDir);
  const tool: Matching[] = [];
  const documents: DocumentScores[] = [];
  const baseline: Matching[] = [];
  const withoutGold: string[] = [];
  for (const file of files) {
    const docGold = gold.get(basename(file));
    if (!docGold) {
      withoutGold.push(file);
      continue;
    }
    const source = await readDocument(file);
    const result = processDocument(source);
    tool.push(matchDocument(docGold, result.figures));
    const lists = documentScores(docGold, result.document);
    if (lists) documents.push(lists);
    baseline.push(matchDocument(docGold, compromiseBaseline(source)));
  }
  return {
    tool: { scores: score(tool), context: contextScores(tool), documents, matchings: tool },
    baseline: { scores: score(baseline), matchings: baseline },
    withoutGold,
  };
}

/** The report `eval` prints: the score table for the tool and the baseline, and with `verbose` every missed, extra and wrongly filled figure. */
export function formatEvaluation(e: Evaluation, verbose: boolean): string {
  const parts = [
    formatTable([['sitrep-extract', e.tool.scores], ['compromise numbers()', e.baseline.scores]]),
    formatContext(e.tool.context),
    formatDocuments(e.tool.documents),
  ];
  if (e.withoutGold.length > 0) parts.push(`no gold for: ${e.withoutGold.join(', ')}`);
  if (verbose) {
    parts.push(formatDifferences(e.tool.matchings.flatMap((m) => m.missed), e.tool.matchings.flatMap((m) => m.extra)));
    parts.push(formatMismatches(e.tool.matchings.flatMap((m) => m.pairs)));
  }
  return parts.join('\n\n') + '\n';
}
