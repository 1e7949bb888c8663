import { extractFigures } from './extract/figures/index.js';
import { Locator, PAGE_BREAK } from './locate.js';
import type { SourceDocument } from './read/types.js';
import { SCHEMA_VERSION, type DocumentRecord, type FigureRecord, type WarningRecord } from './schema/index.js';
import { segment } from './segment/index.js';

/** Everything one document gives: its summary, its figures and its warnings. */
export interface DocumentResult {
  document: DocumentRecord;
  figures: FigureRecord[];
  warnings: WarningRecord[];
}

function warning(source: SourceDocument, cause: string): WarningRecord {
  return { type: 'warning', schemaVersion: SCHEMA_VERSION, document: source.name, page: null, line: null, cause };
}

/** Run segmentation and extraction over one document that has been read. Pure: no I/O. */
export function processDocument(source: SourceDocument): DocumentResult {
  const text = source.pages.join(PAGE_BREAK);
  const locator = new Locator(text, source.paged);
  const warnings: WarningRecord[] = [];
  if (text.trim() === '') {
    warnings.push(warning(source, source.kind === 'pdf' ? 'no extractable text (scanned images? OCR is not supported)' : 'no text'));
  }

  const figures: FigureRecord[] = [];
  for (const statement of segment(text)) {
    for (const mention of extractFigures(statement)) {
      const at = locator.locate(statement.map[mention.start]!);
      figures.push({
        type: 'figure',
        schemaVersion: SCHEMA_VERSION,
        document: source.name,
        page: at.page,
        line: at.line,
        column: at.column,
        text: mention.text,
        value: mention.value,
        valueMax: mention.valueMax,
        vague: mention.vague,
        unit: mention.unit,
        qualifier: mention.qualifier,
        bound: mention.bound,
        what: mention.what,
        category: mention.category,
        hxl: mention.hxl,
        date: null,
        places: [],
        donors: [],
        source: null,
        context: { section: statement.section, date: null, places: [] },
        sentence: statement.text,
      });
    }
  }

  return {
    document: {
      type: 'document',
      schemaVersion: SCHEMA_VERSION,
      document: source.name,
      kind: source.kind,
      pages: source.paged ? source.pages.length : null,
      reportDate: null,
      figures: figures.length,
      places: [],
      donors: [],
    },
    figures,
    warnings,
  };
}
