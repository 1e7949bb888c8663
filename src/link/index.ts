export { findContext, type FoundContext } from './context.js';
export { linkStatement, type FigureContext } from './statement.js';
export { summarizeDocument, type CountedDonor, type CountedPlace, type DocumentSummary } from './document.js';
