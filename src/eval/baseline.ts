import nlp from 'compromise';
import { Locator, PAGE_BREAK } from '../locate.js';
import type { SourceDocument } from '../read/types.js';
import type { Prediction } from './match.js';

interface CompromiseNumber {
  text: string;
  offset: { start: number };
  number: { num: number };
}

/** The peer to beat: compromise's `numbers()` over the whole document text, every number a figure. */
export function compromiseBaseline(source: SourceDocument): Prediction[] {
  const text = source.pages.join(PAGE_BREAK);
  const locator = new Locator(text, source.paged);
  const numbers = nlp(text).numbers().json({ offset: true }) as CompromiseNumber[];
  return numbers.map((n) => ({
    document: source.name,
    line: locator.locate(n.offset.start).line,
    text: n.text.trim(),
    value: n.number.num,
  }));
}
