import type { Category } from '../../schema/index.js';

/** Units of time: a number before one is a duration or an age, not a figure. */
export const TIME_UNIT = '(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centuries)';

/** What a counted noun tells: whether it counts people, households or things, and what kind of figure it makes. */
export interface NounSense {
  unit: 'people' | 'households' | 'count';
  /** Counts people (or households, or staff), so the verb decides the category. */
  personal: boolean;
  category: Category;
}

const person = (category: Category): NounSense => ({ unit: 'people', personal: true, category });
const thing = (category: Category): NounSense => ({ unit: 'count', personal: false, category });

const groups: Array<[NounSense, string]> = [
  [person('population'), 'people persons person individuals civilians residents inhabitants nationals citizens ukrainians women men girls boys adults children kids youth elderly migrants professionals specialists psychologists representatives owners workers volunteers doctors nurses teachers students pupils learners mothers infants newborns adolescents farmers detainees veterans graduates members officials readers users actors stakeholders respondents interviewees mediators leaders caregivers parents victims applicants travellers travelers passengers visitors clients minors orphans pensioners tcns'],
  [person('idps'), 'idps idp evacuees'],
  [person('refugees'), 'refugees refugee asylum-seekers asylum-applicants'],
  [person('returnees'), 'returnees returnee'],
  [person('crossings'), 'arrivals'],
  [person('people_reached'), 'beneficiaries participants trainees callers grantees patients recipients attendees survivors'],
  [person('casualties'), 'casualties deaths injuries killed injured dead wounded fatalities'],
  [{ unit: 'households', personal: true, category: 'population' }, 'households families hhs'],
  [{ unit: 'count', personal: true, category: 'organisations' }, 'staff employees personnel'],
  [thing('crossings'), 'crossings crossing entries exits departures'],
  [thing('incidents'), 'incidents incident attacks attack strikes explosions'],
  [thing('activities'), 'trainings training sessions session consultations consultation calls surveys survey services assessments assessment reports visits referrals meetings workshops campaigns outpatient interventions courses projects distributions missions convoys vaccinations nights videos guides initiatives plans activities enquiries inquiries requests events exhibitions webinars lessons classes dialogues'],
  [thing('items'), 'kits kit items sets jerrycans mattresses blankets boats engines pumps hoses tents stoves heaters generators bottles nfis equipment tonnes tons litres liters vouchers doses meals rations parcels packages baskets trucks truckloads nets pallets buses'],
  [thing('grants'), 'grants grant'],
  [thing('infrastructure'), 'facilities facility houses housing homes units shelters settlements checkpoints eecps communities regions oblasts districts hromadas countries centres centers institutions repairs schools hospitals buildings apartments points sites warehouses hubs villages cities towns municipalities line states provinces governorates counties departments prefectures raions rayons localities camps neighbourhoods neighborhoods latrines toilets boreholes wells classrooms bridges booths offices clinics wards kitchens mrcs bcps ccs structures locations objects boilers pavilions modules'],
  [thing('organisations'), 'partners partner organizations organisations ngos businesses enterprises micro-enterprises companies agencies entrepreneurs authorities partnerships smes enumerators teams'],
];

export const NOUNS: ReadonlyMap<string, NounSense> = new Map(
  groups.flatMap(([sense, words]) => words.split(' ').map((w) => [w, sense] as const)),
);

/** Words whose presence around a count of people decides its category, strongest first. */
export const CATEGORY_CUES: ReadonlyArray<[Category, RegExp]> = [
  ['casualties', /\b(?:killed|died|deaths?|injur(?:ed|ies|y)|casualties|wounded|fatalities)\b/i],
  ['people_in_need', /\b(?:in need|at[- ]risk|(?:need|require)(?:s|d|ed)? (?:urgent |immediate |humanitarian |life-saving |protection )*(?:humanitarian|assistance|aid|support|help))\b/i],
  ['idps', /\b(?:evacuat(?:ed|ion|ions|ing)|(?:have|has|had)\s+(?:left|fled)\s+(?:the\s+area|their\s+homes?))\b/i],
  ['people_reached', /\b(?:reached|reaching|assisted|supported|support|benefit(?:t)?ed|benefit(?:t)?ing|received|receive|reach|provide|providing|supporting|assisting|trained|train|served|help(?:s|ed|ing)?|aided|provided|participated|attended|engaged|referred|screened|accessed|targeted|covered|gained access|enrolled|distribut(?:ed|ing)|deliver(?:ed|ing)|cater(?:ed|ing)|brought together|address(?:ed|ing)|facilitat(?:ed|ing)|ensur(?:ed|ing)|integrat(?:ed|ing)|accommodat(?:ed|ing)|shelter(?:ed|ing)|transport(?:ed|ing)|vaccinat(?:ed|ing)|treat(?:ed|ing)|counsell?ed|equipped|empower(?:ed|ing)|housed|employed|consulted|sensiti[sz]ed|paid|transferred)\b/i],
  ['idps', /\b(?:internally displaced|displaced|idps?)\b/i],
  ['returnees', /\b(?:returned|returnees?)\b/i],
  ['refugees', /\b(?:refugees?|fled abroad)\b/i],
  ['crossings', /\b(?:crossings?|cross(?:es|ed|ing)?)\b/i],
];
