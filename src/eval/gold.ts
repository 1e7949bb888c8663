import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

const GoldDate = z.object({ text: z.string(), from: z.string().nullable(), to: z.string().nullable() });

const GoldFigure = z.object({
  doc: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  class: z.literal('figure'),
  value: z.number(),
  value_max: z.number().nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
  what: z.string().nullable(),
  category: z.string(),
  date: GoldDate.nullable(),
  places: z.array(z.string()),
  donors: z.array(z.string()),
  source: z.string().nullable(),
  doubt: z.boolean().optional(),
});

const GoldMention = z.object({
  doc: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
  class: z.enum(['date', 'other']),
  note: z.string().optional(),
});

const GoldCoverage = z.object({
  doc: z.string(),
  class: z.literal('coverage'),
  from_line: z.number().int().positive(),
  to_line: z.number().int().positive(),
});

const GoldDocument = z.object({
  doc: z.string(),
  class: z.literal('document'),
  places: z.array(z.string()).default([]),
  donors: z.array(z.string()).default([]),
  report_date: z.string().nullable().default(null),
});

export const GoldLine = z.discriminatedUnion('class', [GoldFigure, GoldMention, GoldCoverage, GoldDocument]);

export type GoldFigure = z.infer<typeof GoldFigure>;
export type GoldMention = z.infer<typeof GoldMention>;
export type GoldLine = z.infer<typeof GoldLine>;
export type GoldDocumentLists = z.infer<typeof GoldDocument>;

/** The gold of one document: its figures, its non-figure mentions, and the lines it covers. */
export interface GoldDoc {
  doc: string;
  figures: GoldFigure[];
  others: GoldMention[];
  fromLine: number;
  toLine: number;
  /** The document-level lists (places, donors, report date), when the gold gives them. */
  lists: GoldDocumentLists | null;
}

/** Parse the JSONL gold of one file (GOLD.md format); a line that does not parse is an error naming it. */
export function parseGold(jsonl: string, origin = 'gold'): GoldDoc[] {
  const docs = new Map<string, GoldDoc>();
  const docOf = (name: string): GoldDoc => {
    const key = basename(name);
    let d = docs.get(key);
    if (!d) docs.set(key, (d = { doc: key, figures: [], others: [], fromLine: 1, toLine: Number.POSITIVE_INFINITY, lists: null }));
    return d;
  };
  jsonl.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const parsed = GoldLine.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${origin}:${i + 1}: not a gold line: ${parsed.error.issues[0]?.message ?? ''}`);
    const g = parsed.data;
    const d = docOf(g.doc);
    if (g.class === 'figure') d.figures.push(g);
    else if (g.class === 'coverage') {
      d.fromLine = g.from_line;
      d.toLine = g.to_line;
    } else if (g.class === 'document') d.lists = g;
    else d.others.push(g);
  });
  return [...docs.values()];
}

/** Every `*.jsonl` gold file of a directory, by document base name. */
export function loadGoldDir(dir: string): Map<string, GoldDoc> {
  const all = new Map<string, GoldDoc>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const d of parseGold(readFileSync(join(dir, file), 'utf8'), file)) all.set(d.doc, d);
  }
  return all;
}
