import { dropWhen } from './refiner.js';

const LIST_MARK = /^\s*[(\[]?$/u;
const AFTER_MARK = /^[.)\]]\s+\S/u;

/** Drops list numbering at the start of a statement ("1. Introduction", "(2) Protection"). */
export const dropNumbering = dropWhen(
  (text, n) =>
    n.form === 'digits' && n.valueMax === null && /^\d{1,2}$/u.test(n.text) && LIST_MARK.test(text.slice(0, n.start)) && AFTER_MARK.test(text.slice(n.end, n.end + 3)),
);
