import { CaselessPattern } from '../../caseless.js';
import { before } from '../context.js';
import { dropWhen } from './refiner.js';

/** Words that make the number after them part of a name, a rank or a reference ("Round 15", "Strategic Objective 1", "the top 10 countries"). */
const NAME_BEFORE = new CaselessPattern(
  String.raw`\b(?:round|objectives?|resolutions?|phase|wave|article|annex|appendix|table|figure|fig|chart|map|section|chapter|pages?|pages?\s+\d{1,4}\s+(?:of|/)|p|pp|goals?|sdgs?|levels?|grades?|no|nr|part|version|step|pillar|outcome|output|priority|cycle|cohort|batch|zone|block|building|route|highway|day|week|vol|volume|issue|edition|paragraph|para|point|item|tier|category|class|agenda|vision|covid|unscr|code|top)\.?\s*#?$`,
);
const GLUED_BEFORE = /\p{L}[-‐]$/u;
/** A footnote number glued to a word or a full stop: "injured.1", "(FTS).3", "partners2 ". */
const FOOTNOTE_BEFORE = /[\p{Ll})][.,;:]?$/u;
const FOOTNOTE_AFTER = /^(?:\s|$)/u;

/** Drops numbers that name or number things rather than count them: "Round 15", "COVID-19", "UN Resolution 2254", footnote marks ("injured.1"). */
export const dropNames = dropWhen(
  (text, n) =>
    n.form !== 'vague' &&
    n.scale === 1 &&
    n.value < 10000 &&
    (NAME_BEFORE.test(before(text, n.start, 24)) ||
      GLUED_BEFORE.test(before(text, n.start, 2)) ||
      (n.form === 'digits' && /^\d{1,2}$/u.test(n.text) && FOOTNOTE_BEFORE.test(before(text, n.start, 2)) && FOOTNOTE_AFTER.test(text.slice(n.end, n.end + 1)))),
);
