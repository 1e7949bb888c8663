import { dropWhen } from './refiner.js';

const LIST_MARK = /^\s*[(\[]?$/u;
const AFTER_MARK = /^[.)\]]\s+\S/u;
/** A line of a statement that starts with "2. " and a capital: the next item of a numbered list joined to the one before. */
const LINE_MARK = /\n[ \t]*$/u;
const AFTER_LINE_MARK = /^[.)]\s+\p{Lu}/u;

/** Drops list numbering at the start of a statement or of one of its lines ("1. Introduction", "(2) Protection"). */
export const dropNumbering = dropWhen((text, n) => {
  if (n.form !== 'digits' || n.valueMax !== null || !/^\d{1,2}$/u.test(n.text)) return false;
  const next = text.slice(n.end, n.end + 4);
  return (LIST_MARK.test(text.slice(0, n.start)) && AFTER_MARK.test(next)) || (LINE_MARK.test(text.slice(Math.max(0, n.start - 8), n.start)) && AFTER_LINE_MARK.test(next));
});
