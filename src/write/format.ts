import type { DocumentResult } from '../pipeline.js';
import type { ErrorRecord } from '../schema/index.js';

/** One input's outcome, in input order: the document's records, or why it failed. */
export type Outcome = { ok: true; result: DocumentResult } | { ok: false; error: ErrorRecord };

/** Turns outcomes into the text of one output format, piece by piece, so output streams as documents finish. */
export interface Formatter {
  start(): string;
  outcome(outcome: Outcome): string;
  end(): string;
}
