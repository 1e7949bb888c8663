/**
 * Phrases after which a list of funders follows. `strong` phrases name a funder for sure, so an
 * organisation missing from the lexicon is taken too; weak ones ("supported by", "provided by")
 * take only lexicon donors and countries. A trigger counts only where no letter precedes it, which
 * the caller checks: a Unicode lookbehind here would be tried at every unit of the text.
 */
export const STRONG_TRIGGER =
  /(?:(?:co-)?funded by|(?:co-)?financed by|sponsored by|donated by|(?:with|through|thanks to)\s+(?:the\s+)?(?:generous\s+)?(?:financial\s+)?(?:funding|support|contributions?|donations?|assistance|grants?)\s+(?:of|from|provided by)|(?:an?\s+|the\s+)?grants?\s+from|contributions?\s+from|donations?\s+from|funding\s+(?:from|provided by)|financial support\s+(?:from|of)|supported by the generosity of)\s+/giu;

export const WEAK_TRIGGER = /(?:supported by|provided by)(?:\s*:)?\s+/giu;

/** "Japan-funded", "EU-financed": the funder written before the participle. */
export const FUNDED_AFTER = /^(?:-|‑|\s+)(?:funded|financed|sponsored|supported)(?![\p{L}])/u;

/** "Amazon has donated", "Japan contributed": the funder as the subject. */
export const DONATED_AFTER = /^\s+(?:has\s+|have\s+)?(?:donated|contributed|funded|financed)(?![\p{L}])/u;

/** Words that join the names of a funder list. */
export const LIST_GLUE = /^(?:\s+|,|;|:|•|\band\b|\bthe\b|\bas well as\b|\bacting through\b|\bthrough\b|\bvia\b|\bjointly with\b)+/u;

/** An organisation name missing from the lexicon: capitalised words, joined by of/for/and/&. */
export const GENERIC_ORGANISATION =
  /^\p{Lu}[\p{L}\p{N}.’'&-]*(?:\s+(?:(?:of|for|the|&|de|für)\s+)*\p{Lu}[\p{L}\p{N}.’'&-]*){0,7}/u;

/** Tail of an embassy's name: "British Embassy in Ukraine", "Embassy of Japan in Kyiv". */
export const EMBASSY_TAIL = /^\s+(?:in|to)\s+\p{Lu}[\p{L}-]+/u;

/** A word every trigger and funding verb above contains: a statement without one names no funder. */
export const FUNDING_WORD = /fund|financ|sponsor|donat|support|contribut|assistance|grant|provided/i;

/** Text that may hold a URL, whose words are never donors. */
export const URL_HINT = /https?:\/\/|www\./i;

/** Words a funder written before its verb needs ("Japan-funded", "Amazon has donated"). */
export const FUNDING_VERB = /funded|financed|sponsored|supported|donated|contributed/g;
