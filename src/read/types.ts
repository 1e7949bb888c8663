import type { DocumentKind } from '../schema/index.js';

/** A document as read: its text page by page, before any repair. */
export interface SourceDocument {
  /** The input path as given ("-" for standard input). */
  name: string;
  kind: DocumentKind;
  /** Page texts; a text or HTML document is one page. */
  pages: string[];
  /** True when the pages are real pages (PDF), so positions report a page number. */
  paged: boolean;
}

/** A failure to read one input, with a cause in plain words for the user. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
