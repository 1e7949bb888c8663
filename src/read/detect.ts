import type { DocumentKind } from '../schema/index.js';

const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<!--[\s\S]*?-->\s*<html)/i;

function head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.subarray(0, length)).toString('latin1');
}

/** Does the content start like a PDF (`%PDF-` in the first kilobyte, as readers allow)? */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return head(bytes, 1024).includes('%PDF-');
}

export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(head(bytes, 2048).replace(/^\uFEFF|^ï»¿/, ''));
}

/**
 * The kind of a document: a `%PDF-` header makes it a PDF whatever its name; a `.pdf` name makes it a PDF
 * whatever else it holds (an HTML error page saved as `.pdf` is a failed download, not a report); then
 * HTML content, then the extension.
 */
export function detectKind(name: string, bytes: Uint8Array): DocumentKind {
  if (looksLikePdf(bytes) || /\.pdf$/i.test(name)) return 'pdf';
  if (looksLikeHtml(bytes)) return 'html';
  if (/\.html?$/i.test(name)) return 'html';
  return 'text';
}
