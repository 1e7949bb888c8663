import { inferReportPeriod, readDates } from './extract/dates/index.js';
import { extractFigures } from './extract/figures/index.js';
import { findContext, linkStatement, summarizeDocument, type FoundContext } from './link/index.js';
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

export interface PipelineOptions {
  /** The report's own date or period (YYYY, YYYY-MM or YYYY-MM-DD), instead of the one inferred from its text. */
  reportDate?: string;
}

function warning(source: SourceDocument, cause: string): WarningRecord {
  return { type: 'warning', schemaVersion: SCHEMA_VERSION, document: source.name, page: null, line: null, cause };
}

/** Run segmentation, extraction and linking over one document that has been read. Pure: no I/O. */
export function processDocument(source: SourceDocument, options: PipelineOptions = {}): DocumentResult {
  const text = source.pages.join(PAGE_BREAK);
  const locator = new Locator(text, source.paged);
  const warnings: WarningRecord[] = [];
  if (text.trim() === '') {
    warnings.push(warning(source, source.kind === 'pdf' ? 'no extractable text (scanned images? OCR is not supported)' : 'no text'));
  }

  const statements = segment(text);
  const readings = statements.map((statement) => readDates(statement.text));
  const reportDate = inferReportPeriod(readings, options.reportDate ?? null);
  const sections = new Map<string, FoundContext>();
  const found: FoundContext[] = [];
  const figures: FigureRecord[] = [];
  for (const [i, statement] of statements.entries()) {
    const mentions = extractFigures(statement);
    const context = findContext(readings[i]!, reportDate, mentions.length > 0);
    found.push(context);
    if (mentions.length === 0) continue;
    let section: FoundContext | null = null;
    if (statement.section !== null && statement.kind !== 'heading') {
      section = sections.get(statement.section) ?? findContext(readDates(statement.section), reportDate);
      sections.set(statement.section, section);
    }
    const links = linkStatement(statement, mentions, context, section);
    mentions.forEach((mention, k) => {
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
        ...links[k]!,
        sentence: statement.text,
      });
    });
  }

  const summary = summarizeDocument(found, reportDate);
  return {
    document: {
      type: 'document',
      schemaVersion: SCHEMA_VERSION,
      document: source.name,
      kind: source.kind,
      pages: source.paged ? source.pages.length : null,
      reportDate: summary.reportDate,
      figures: figures.length,
      places: summary.places,
      donors: summary.donors,
    },
    figures,
    warnings,
  };
}
