import { CaselessPattern } from '../caseless.js';

/**
 * Phrases after which a list of funders follows. `strong` phrases name a funder for sure, so an
 * organisation missing from the lexicon is taken too; weak ones ("supported by", "provided by")
 * take only lexicon donors and countries. A trigger counts only where no letter precedes it, which
 * the caller checks: a Unicode lookbehind here would be tried at every unit of the text.
 */
export const STRONG_TRIGGER = new CaselessPattern(
  String.raw`(?:(?:co-)?funded by|(?:co-)?financed by|sponsored by|donated by|(?:with|through|thanks to)\s+(?:the\s+)?(?:(?:generous|continued|kind|valuable|financial)\s+){0,2}(?:funding|support|contributions?|donations?|assistance|grants?)\s+(?:of|from|provided by)|(?:an?\s+|the\s+)?grants?\s+from|contributions?\s+from|donations?\s+from|funding\s+(?:from|provided by)|financial support\s+(?:from|of)|supported by the generosity of)\s+`,
  'g',
);

export const WEAK_TRIGGER = new CaselessPattern(String.raw`(?:supported by|provided by)(?:\s*:)?\s+`, 'g');

/** "Japan-funded", "EU-financed", "EU funded": the funder written before the participle ("Romania supported 21,600 refugees" is no funder). */
export const FUNDED_AFTER = /^(?:[-‑](?:funded|financed|sponsored|supported)|\s+(?:funded|financed|sponsored))(?![\p{L}])/u;

/** "Amazon has donated", "Japan contributed", "the Swiss Agency for Development and Cooperation (SDC) funded": the funder as the subject. */
export const DONATED_AFTER = /^(?:\s*\([^()]{1,20}\))?\s+(?:has\s+|have\s+)?(?:donated|contributed|funded|financed)(?![\p{L}])/u;

/** "Germany provided funding", "USAID has allocated USD 5 million", "Sweden pledged SEK 150 million", "the UHF launched a $20 million reserve allocation": the funder as the subject of giving money. */
export const GAVE_FUNDS_AFTER =
  /^(?:\s*\([^()]{1,20}\))?\s+(?:has\s+|have\s+|had\s+)?(?:provided|allocated|pledged|committed|granted|disbursed|launched|approved|released)\s+(?:(?:an?|the|its|their|additional|further|new|generous|initial|emergency|flexible|over|nearly|almost|about|approximately|some|around|more\s+than|up\s+to)\s+)*(?:funding|funds|financial\s+(?:support|assistance|contributions?)|grants?|donations?|contributions?|allocations?|(?:[A-Z]{3}|US\$|\$|€|£)\s?\d)/u;

/** "A CERF allocation of USD 2.5 million", "the UHF grant": the funder named before its money. */
export const ALLOCATION_AFTER = /^\s+(?:allocations?|grants?|contributions?|donations?|funding)\s+(?:of|to|for)\s/u;

/**
 * Words of thanks before a list of funders, which counts only when a funding phrase follows the list
 * (`THANKED_FOR_AFTER`): "thanked the Government of Japan for its support". Like the triggers above,
 * it counts only where no letter precedes it.
 */
export const GRATITUDE_TRIGGER = new CaselessPattern(String.raw`(?:(?:thanks|gratitude|appreciation)\s+to|grateful\s+to|thank(?:s|ed|ing)?)\s+`, 'g');

/** What the thanked funders gave: "for its generous contribution", "for their continued support", "for funding". */
export const THANKED_FOR_AFTER =
  /^\s+for\s+(?:(?:its|their|his|her|your|the)\s+)?(?:(?:generous|continued|continuous|kind|ongoing|financial|valuable|timely|unwavering|steadfast|long-standing)\s+)*(?:support(?:ing)?|contributions?|contributing|fund(?:s|ing)|donations?|donating|assistance|grants?|generosity|financing)(?![\p{L}])/iu;

/**
 * "Japan’s generous contribution", "the EU’s support": a possessive funder (group 1 its noun). A
 * government needs a word of money (`MONEY_NOUN`): governments also "support" their own people and
 * the refugees they host.
 */
export const POSSESSIVE_FUNDING = /['’]s\s+((?:(?:generous|continued|kind|valuable|financial)\s+){0,2}(?:support|funding|contributions?|donations?|grants?|assistance))\b/g;

/** A noun phrase of `POSSESSIVE_FUNDING` that names money given: funding, a contribution, a grant, generous or financial support. */
export const MONEY_NOUN = /funding|contribution|donation|grant|generous|financial/u;

/** Words that join the names of a funder list. */
export const LIST_GLUE = /^(?:\s+|,|;|:|•|\band\b|\bthe\b|\bas well as\b|\bacting through\b|\bthrough\b|\bvia\b|\bjointly with\b)+/u;

/** An organisation name missing from the lexicon: capitalised words, joined by of/for/and/&. */
export const GENERIC_ORGANISATION =
  /^\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:(?:of|for|the|&|de|für)\s+)*\p{Lu}[\p{L}\p{N}.’'&-]*){0,7}/u;

/** Tail of an embassy's name: "British Embassy in Ukraine", "Embassy of Japan in Kyiv". */
export const EMBASSY_TAIL = /^\s+(?:in|to)\s+\p{Lu}[\p{L}-]+/u;

/** A word every trigger, funding verb and thanked-for phrase above contains: a statement without one names no funder. */
export const FUNDING_WORD = /fund|financ|sponsor|donat|support|contribut|assistance|grant|provided|generos|allocat|pledge/i;

/** Text that may hold a URL, whose words are never donors. */
export const URL_HINT = /https?:\/\/|www\./i;

/** Words a funder written before its verb needs ("Japan-funded", "Amazon has donated", "Germany provided funding"). */
export const FUNDING_VERB = /funded|financed|sponsored|supported|donated|contributed|provided|allocat(?:ed|ions?)|pledged|committed|granted|disbursed|launched|approved|released|grants?|contributions?|donations?|funding/g;
