/** Where a source offset stands: page (null for unpaged documents), 1-based line within the page, 1-based column. */
export interface Position {
  page: number | null;
  line: number;
  column: number;
}

/** The separator between page texts in a document's joined source text. */
export const PAGE_BREAK = '\n\f\n';

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Turns offsets in the joined source text of a document back into page, line and column. */
export class Locator {
  private readonly pageStarts: number[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    private readonly paged: boolean,
  ) {
    let offset = 0;
    for (const page of text.split(PAGE_BREAK)) {
      this.pageStarts.push(offset);
      offset += page.length + PAGE_BREAK.length;
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  locate(offset: number): Position {
    const pageIndex = lastAtOrBefore(this.pageStarts, offset);
    const lineIndex = lastAtOrBefore(this.lineStarts, offset);
    const firstLineOfPage = lastAtOrBefore(this.lineStarts, this.pageStarts[pageIndex]!);
    return {
      page: this.paged ? pageIndex + 1 : null,
      line: lineIndex - firstLineOfPage + 1,
      column: offset - this.lineStarts[lineIndex]! + 1,
    };
  }
}
