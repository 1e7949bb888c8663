import type { Category, Unit } from '../../schema/index.js';
import { isMoney } from './units.js';

const TAGS: Record<Category, string> = {
  idps: '#affected+idps',
  returnees: '#affected+returnees',
  refugees: '#affected+refugees',
  crossings: '#indicator+crossings+num',
  people_in_need: '#inneed+ind',
  people_reached: '#reached+ind',
  casualties: '#affected+casualties',
  incidents: '#indicator+incidents+num',
  activities: '#output+activities+num',
  items: '#output+items+num',
  grants: '#output+grants+num',
  funding: '#value+funding',
  infrastructure: '#indicator+infrastructure+num',
  organisations: '#org+num',
  share: '#indicator+pct',
  population: '#population+ind',
  other: '#indicator+num',
};

/**
 * The HXL hashtag of a figure: by category, with the attribute the unit or label adds
 * (households → +hh, a currency → +usd, killed or injured → +killed / +injured).
 */
export function hxlOf(category: Category, unit: Unit, label: string | null): string {
  const base = TAGS[category];
  if (category === 'funding') return isMoney(unit) ? `${base}+${unit.toLowerCase()}` : `${base}+pct`;
  if (category === 'casualties' && label !== null) {
    if (/\b(?:killed|deaths?|died|dead|fatalities)\b/iu.test(label)) return '#affected+killed';
    if (/\b(?:injur(?:ed|ies|y)|wounded)\b/iu.test(label)) return '#affected+injured';
  }
  if (unit === 'households' && base.endsWith('+ind')) return base.replace(/\+ind$/u, '+hh');
  return base;
}
