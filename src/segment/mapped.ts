/**
 * Text that remembers where each of its characters came from.
 * `map[i]` is the offset in the original source of output character `i`;
 * `map[text.length]` is the source offset just past the end.
 */
export interface MappedText {
  readonly text: string;
  readonly map: Int32Array;
}

/** Replace `source[start, end)` with `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function fromSource(text: string, base = 0): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = base + i;
  return { text, map };
}

/** The edits to apply, in text order: each one that overlaps an earlier one is left out. */
function inOrder(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    kept.push(e);
    pos = e.end;
  }
  return kept;
}

const sameLength = (e: Edit) => e.replacement.length === e.end - e.start;

function editedText(text: string, edits: readonly Edit[]): string {
  const pieces: string[] = [];
  let pos = 0;
  for (const e of edits) {
    pieces.push(text.slice(pos, e.start), e.replacement);
    pos = e.end;
  }
  pieces.push(text.slice(pos));
  return pieces.join('');
}

function editedMap(src: MappedText, edits: readonly Edit[], length: number): Int32Array {
  const map = new Int32Array(length + 1);
  let at = 0;
  let pos = 0;
  for (const e of edits) {
    map.set(src.map.subarray(pos, e.start), at);
    at += e.start - pos;
    const step = sameLength(e) ? 1 : 0;
    for (let i = 0; i < e.replacement.length; i++) map[at++] = src.map[e.start + i * step]!;
    pos = e.end;
  }
  map.set(src.map.subarray(pos, src.text.length + 1), at);
  return map;
}

/**
 * Apply non-overlapping edits (in any order; an edit overlapping an earlier one is skipped) to a mapped
 * text. A replacement of the same length keeps a one-to-one map; otherwise every replacement character
 * maps to the start of the text it replaced. When every replacement keeps its length, the map is the source's.
 */
export function applyEdits(src: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return src;
  const kept = inOrder(edits);
  const text = editedText(src.text, kept);
  return { text, map: kept.every(sameLength) ? src.map : editedMap(src, kept, text.length) };
}

/** The edits a regular expression implies: each match replaced by `replace(match)`; `null` keeps it. */
export function editsFor(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null): Edit[] {
  const edits: Edit[] = [];
  const global = re.global ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement !== null && replacement !== m[0]) {
      edits.push({ start: m.index, end: m.index + m[0].length, replacement });
    }
  }
  return edits;
}

/** A part of a mapped text; shares the map, copies nothing. */
export function slice(src: MappedText, start: number, end: number): MappedText {
  return { text: src.text.slice(start, end), map: src.map.subarray(start, end + 1) };
}

interface Span {
  start: number;
  end: number;
}

/** The source offset just past a part: 0 for a part that ends before it starts (a line that is only a bullet mark), whose slice has no map. */
function endOffset(src: MappedText, span: Span): number {
  return span.start <= span.end ? src.map[span.end]! : 0;
}

/** Does each part start one character after the end of the part before it, as whole lines do? */
function isRunOfLines(spans: readonly Span[]): boolean {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (span.start > span.end || (k > 0 && span.start !== spans[k - 1]!.end + 1)) return false;
  }
  return true;
}

/**
 * Join parts of a mapped text (as `slice` cuts them) with a separator that maps to the end of the part before it.
 * Parts one character apart joined by a one-character separator share the source's map, as `slice` does:
 * the separator takes the place, and the map, of the character between them.
 */
export function joinSpans(src: MappedText, spans: readonly Span[], separator: string): MappedText {
  if (spans.length === 1) return slice(src, spans[0]!.start, spans[0]!.end);
  const texts = spans.map((s) => src.text.slice(s.start, s.end));
  const text = texts.join(separator);
  if (spans.length > 1 && separator.length === 1 && isRunOfLines(spans)) return { text, map: src.map.subarray(spans[0]!.start, spans[spans.length - 1]!.end + 1) };
  const map = new Int32Array(text.length + 1);
  let length = 0;
  for (let k = 0; k < spans.length; k++) {
    if (k > 0) {
      map.fill(endOffset(src, spans[k - 1]!), length, length + separator.length);
      length += separator.length;
    }
    const start = spans[k]!.start;
    map.set(src.map.subarray(start, start + texts[k]!.length), length);
    length += texts[k]!.length;
  }
  const last = spans[spans.length - 1];
  map[length] = last ? endOffset(src, last) : 0;
  return { text, map };
}
