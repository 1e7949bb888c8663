import type { JsonDocument } from '../schema/index.js';
import type { Formatter, Outcome } from './format.js';

function jsonEntry(outcome: Outcome): unknown {
  if (!outcome.ok) return outcome.error;
  const { document, figures, warnings } = outcome.result;
  const entry: JsonDocument = { ...document, figures, warnings };
  return entry;
}

/** `-f json`: an array with one object per input, its records inside. */
export function jsonFormatter(): Formatter {
  let first = true;
  return {
    start: () => '[',
    outcome: (outcome) => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return separator + JSON.stringify(jsonEntry(outcome), null, 2);
    },
    end: () => '\n]\n',
  };
}

/** `-f jsonl`: one record per line (figures, then warnings, then the document summary; or an error). */
export function jsonlFormatter(): Formatter {
  return {
    start: () => '',
    outcome: (outcome) => {
      const records = outcome.ok ? [...outcome.result.figures, ...outcome.result.warnings, outcome.result.document] : [outcome.error];
      return records.map((r) => JSON.stringify(r) + '\n').join('');
    },
    end: () => '',
  };
}
