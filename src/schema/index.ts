import { z } from 'zod';

/** Bumped whenever a record's shape changes in a way consumers must notice. */
export const SCHEMA_VERSION = '1.0';

const schemaVersion = z.literal(SCHEMA_VERSION).describe('Record format version');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date at the precision written: YYYY, YYYY-MM or YYYY-MM-DD');

export const QUALIFIERS = [
  'over',
  'more than',
  'almost',
  'nearly',
  'approximately',
  'about',
  'around',
  'some',
  'at least',
  'up to',
  'less than',
  'close to',
  '+',
  'an estimated',
] as const;
export const Qualifier = z.enum(QUALIFIERS);

export const Bound = z.enum(['lower', 'upper', 'approx', 'exact']);

export const CATEGORIES = [
  'idps',
  'returnees',
  'refugees',
  'crossings',
  'people_in_need',
  'people_reached',
  'casualties',
  'incidents',
  'activities',
  'items',
  'grants',
  'funding',
  'infrastructure',
  'organisations',
  'share',
  'population',
  'other',
] as const;
export const Category = z.enum(CATEGORIES);

export const Unit = z
  .union([z.enum(['people', 'households', 'percent', 'km', 'm2', 'count']), z.string().regex(/^[A-Z]{3}$/)])
  .describe('people, households, percent, km, m2, count, or an ISO 4217 currency code');

export const DateRole = z.enum(['as_of', 'since', 'period', 'point']);
export const DateRef = z.object({
  text: z.string().describe('The date phrase as written'),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  role: DateRole,
});

export const PlaceLevel = z.enum(['country', 'admin1', 'admin2', 'city', 'area']);
export const Place = z.object({
  name: z.string().describe('The place as written'),
  canonical: z.string(),
  level: PlaceLevel,
  iso3: z.string().regex(/^[A-Z]{3}$/).nullable(),
  admin1Pcode: z.string().nullable(),
  admin1Iso: z.string().nullable(),
});

export const DonorType = z.enum(['government', 'multilateral', 'foundation', 'private']);
export const Donor = z.object({
  name: z.string().describe('The donor as written'),
  canonical: z.string(),
  iso3: z.string().regex(/^[A-Z]{3}$/).nullable(),
  type: DonorType,
});

export const DocumentKind = z.enum(['pdf', 'text', 'html']);

const located = {
  schemaVersion,
  document: z.string().describe('The input path as given ("-" for stdin)'),
  page: z.number().int().positive().nullable().describe('1-based page, null for text and HTML'),
  line: z.number().int().positive().describe('1-based line where the mention starts (within the page for PDFs)'),
};

export const FigureRecord = z.object({
  type: z.literal('figure'),
  ...located,
  column: z.number().int().positive(),
  text: z.string().describe('Surface of the number, with a unit glued to it'),
  value: z.number().finite(),
  valueMax: z.number().finite().nullable(),
  vague: z.boolean().describe('A vague amount such as "thousands": value is the base of the phrase'),
  unit: Unit,
  qualifier: Qualifier.nullable(),
  bound: Bound,
  what: z.string().nullable().describe('What the figure counts, in the text\'s words'),
  category: Category,
  hxl: z.string().regex(/^#[a-z_]+(\+[a-z_]+)*$/),
  date: DateRef.nullable(),
  places: z.array(Place),
  donors: z.array(Donor),
  source: z.string().nullable(),
  context: z.object({
    section: z.string().nullable().describe('The heading the figure stands under'),
    date: DateRef.nullable().describe('A date from the section heading, when the statement names none'),
    places: z.array(Place).describe('Places from the section heading, when the statement names none'),
  }),
  sentence: z.string().describe('The statement the figure stands in, repaired'),
});

const counted = { mentions: z.number().int().positive() };

export const DocumentRecord = z.object({
  type: z.literal('document'),
  schemaVersion,
  document: z.string(),
  kind: DocumentKind,
  pages: z.number().int().nonnegative().nullable(),
  reportDate: DateRef.nullable().describe('The period the report covers'),
  figures: z.number().int().nonnegative().describe('How many figure records the document gave'),
  places: z.array(Place.extend(counted)),
  donors: z.array(Donor.extend(counted)),
});

export const WarningRecord = z.object({
  type: z.literal('warning'),
  ...located,
  line: located.line.nullable(),
  cause: z.string(),
});

export const ErrorRecord = z.object({
  type: z.literal('error'),
  schemaVersion,
  document: z.string(),
  cause: z.string().describe('Plain-words reason the input could not be processed'),
});

export const OutputRecord = z.discriminatedUnion('type', [FigureRecord, DocumentRecord, WarningRecord, ErrorRecord]);

/** `-f json`: one entry per input, the document's summary with its records inside. */
export const JsonDocument = DocumentRecord.extend({
  figures: z.array(FigureRecord),
  warnings: z.array(WarningRecord),
});
export const JsonOutput = z.array(z.union([JsonDocument, ErrorRecord]));

export type Qualifier = z.infer<typeof Qualifier>;
export type Bound = z.infer<typeof Bound>;
export type Category = z.infer<typeof Category>;
export type Unit = z.infer<typeof Unit>;
export type DateRef = z.infer<typeof DateRef>;
export type DateRole = z.infer<typeof DateRole>;
export type Place = z.infer<typeof Place>;
export type Donor = z.infer<typeof Donor>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type FigureRecord = z.infer<typeof FigureRecord>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
export type WarningRecord = z.infer<typeof WarningRecord>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type OutputRecord = z.infer<typeof OutputRecord>;
export type JsonDocument = z.infer<typeof JsonDocument>;
