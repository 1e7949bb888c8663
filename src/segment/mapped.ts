/**
 * Text that remembers where each of its characters came from.
 * `map[i]` is the offset in the original source of output character `i`;
 * `map[text.length]` is the source offset just past the end.
 */
export interface MappedText {
  readonly text: string;
  readonly map: readonly number[];
}

/** Replace `source[start, end)` with `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function fromSource(text: string, base = 0): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = base + i;
  return { text, map };
}

/**
 * Apply non-overlapping edits (in any order) to a mapped text.
 * A replacement of the same length keeps a one-to-one map; otherwise every
 * replacement character maps to the start of the text it replaced.
 */
export function applyEdits(src: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return src;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  const map: number[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    text += src.text.slice(pos, e.start);
    for (let i = pos; i < e.start; i++) map.push(src.map[i]!);
    const sameLength = e.replacement.length === e.end - e.start;
    for (let i = 0; i < e.replacement.length; i++) map.push(src.map[sameLength ? e.start + i : e.start]!);
    text += e.replacement;
    pos = e.end;
  }
  text += src.text.slice(pos);
  for (let i = pos; i <= src.text.length; i++) map.push(src.map[i]!);
  return { text, map };
}

/** The edits a regular expression implies: each match replaced by `replace(match)`; `null` keeps it. */
export function editsFor(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null): Edit[] {
  const edits: Edit[] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
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

export function slice(src: MappedText, start: number, end: number): MappedText {
  return { text: src.text.slice(start, end), map: src.map.slice(start, end + 1) };
}

/** Join mapped pieces with a separator that maps to the end of the piece before it. */
export function join(pieces: readonly MappedText[], separator: string): MappedText {
  let text = '';
  const map: number[] = [];
  pieces.forEach((p, k) => {
    if (k > 0) {
      text += separator;
      const prev = pieces[k - 1]!;
      const at = prev.map[prev.text.length]!;
      for (let i = 0; i < separator.length; i++) map.push(at);
    }
    text += p.text;
    map.push(...p.map.slice(0, p.text.length));
  });
  const last = pieces[pieces.length - 1];
  map.push(last ? last.map[last.text.length]! : 0);
  return { text, map };
}
