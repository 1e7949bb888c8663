import { z } from 'zod';
import { JsonOutput, OutputRecord } from './index.js';

/** The published JSON Schema: of the whole `-f json` output, or of one `-f jsonl` record. */
export function jsonSchema(format: 'json' | 'jsonl'): unknown {
  return z.toJSONSchema(format === 'json' ? JsonOutput : OutputRecord, { target: 'draft-2020-12' });
}
