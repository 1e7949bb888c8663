import { csvFormatter, type CsvOptions } from './csv.js';
import type { Formatter } from './format.js';
import { jsonFormatter, jsonlFormatter } from './json.js';

export { type Formatter, type Outcome } from './format.js';
export { openSink, type Sink } from './sink.js';

export const FORMATS = ['json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function formatterFor(format: Format, csv: CsvOptions): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'jsonl':
      return jsonlFormatter();
    case 'csv':
      return csvFormatter(csv);
  }
}
