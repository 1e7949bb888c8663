import type { z } from 'zod';
import type { DocumentResult } from '../pipeline.js';
import { DocumentRecord, ErrorRecord, FigureRecord, WarningRecord } from '../schema/index.js';

/** A record the tool produced does not fit its own schema: a bug, reported per document, never written. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}

function check<T>(schema: z.ZodType<T>, record: T, what: string): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InvalidRecordError(`internal error: invalid ${what} record (${issue.path.join('.') || 'record'}: ${issue.message})`);
}

/** Check every record of a document against the schemas before anything of it is written. */
export function validateResult(result: DocumentResult): DocumentResult {
  return {
    document: check(DocumentRecord, result.document, 'document'),
    figures: result.figures.map((f) => check(FigureRecord, f, 'figure')),
    warnings: result.warnings.map((w) => check(WarningRecord, w, 'warning')),
  };
}

export function validateError(record: ErrorRecord): ErrorRecord {
  return check(ErrorRecord, record, 'error');
}
