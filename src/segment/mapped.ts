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

/**
 * Apply non-overlapping edits (in any order; an edit overlapping an earlier one is skipped) to a mapped
 * text. A replacement of the same length keeps a one-to-one map; otherwise every replacement character
 * maps to the start of the text it replaced.
 */
export function applyEdits(src: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return src;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  const map = new Int32Array(src.text.length + 1 + sorted.reduce((n, e) => n + e.replacement.length, 0));
  let length = 0;
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    pieces.push(src.text.slice(pos, e.start), e.replacement);
    map.set(src.map.subarray(pos, e.start), length);
    length += e.start - pos;
    const sameLength = e.replacement.length === e.end - e.start;
    for (let i = 0; i < e.replacement.length; i++) map[length++] = src.map[sameLength ? e.start + i : e.start]!;
    pos = e.end;
  }
  pieces.push(src.text.slice(pos));
  map.set(src.map.subarray(pos, src.text.length + 1), length);
  length += src.text.length + 1 - pos;
  return { text: pieces.join(''), map: map.subarray(0, length) };
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

/** Join mapped pieces with a separator that maps to the end of the piece before it. */
export function join(pieces: readonly MappedText[], separator: string): MappedText {
  if (pieces.length === 1) return pieces[0]!;
  const total = pieces.reduce((n, p) => n + p.text.length, 0) + separator.length * Math.max(0, pieces.length - 1);
  const map = new Int32Array(total + 1);
  let length = 0;
  pieces.forEach((p, k) => {
    if (k > 0) {
      const prev = pieces[k - 1]!;
      map.fill(prev.map[prev.text.length]!, length, length + separator.length);
      length += separator.length;
    }
    map.set(p.map.subarray(0, p.text.length), length);
    length += p.text.length;
  });
  const last = pieces[pieces.length - 1];
  map[length] = last ? last.map[last.text.length]! : 0;
  return { text: pieces.map((p) => p.text).join(separator), map };
}
