/** Small rules of English the report's sentences rely on. */

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
const PREPOSITIONS = new Set(['about', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with', 'within']);
const DETERMINER = /^(a|an|the|this|that|these|those|its|their|our|some|several|two|three|four|five|further)\s/i;
const INSTITUTION_WORDS = [
  'University', 'Foundation', 'Ministry', 'Office', 'Institute', 'Association', 'Council', 'Centre', 'Center', 'Agency',
  'Authority', 'Commission', 'Committee', 'Organisation', 'Organization', 'Network', 'Alliance', 'Federation', 'Union',
  'Department', 'Government', 'Fund', 'Programme', 'Secretariat',
];
const INSTITUTION = new RegExp(`\\b(${INSTITUTION_WORDS.join('|')})\\b`);

/** Countries and names sort alphabetically, as a reader expects. */
export const byName = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Each text's place in byName order, texts the collator finds equal sharing a place: comparing these numbers
 * orders exactly as byName does, without asking the collator again in every comparison of a large sort.
 */
export function collationRanks(texts: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(texts)].sort(byName.compare);
  const ranks = new Map<string, number>();
  sorted.forEach((text, index) => ranks.set(text, index > 0 && byName.compare(sorted[index - 1], text) === 0 ? ranks.get(sorted[index - 1])! : index));
  return ranks;
}

/** byName as a comparison of ranks for the names given, and through the collator for any other. */
export function orderByName(names: Iterable<string>): (a: string, b: string) => number {
  const ranks = collationRanks(names);
  return (a, b) => {
    const rankOfA = ranks.get(a);
    const rankOfB = ranks.get(b);
    return rankOfA === undefined || rankOfB === undefined ? byName.compare(a, b) : rankOfA - rankOfB;
  };
}

/** Code-point order, for dates and ids: the same everywhere, whatever the locale. */
export const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function joinNaturally(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-cases an ordinary first word ("Capacity building" → "capacity building"), never an acronym or name. */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/, 1)[0];
  if (firstWord.length > 1 && firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Training of Trainers for Educators" is a name; "Capacity building of the police" is a description. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]/u.test(word));
  const significant = words.filter((word, index) => index === 0 || !MINOR_WORDS.has(word.toLowerCase()));
  return significant.length > 1 && significant.every((word) => /^\p{Lu}/u.test(word));
}

/** A title as it reads inside a sentence: names keep their capitals, descriptions do not. */
export const titleInSentence = (title: string) => (isTitleCase(title) ? title : lowerFirst(title));

export const startsWithDeterminer = (phrase: string) => DETERMINER.test(phrase);

/** Guesses the number of a noun phrase from its head noun, the last word before any preposition. */
export function isPlural(phrase: string): boolean {
  const words = phrase.toLowerCase().replace(/[^\p{L}\s-]/gu, '').split(/\s+/).filter(Boolean);
  const prepositionAt = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  const head = (prepositionAt === -1 ? words : words.slice(0, prepositionAt)).at(-1) ?? '';
  return /[^su]s$/.test(head) || /ies$/.test(head) || /^(children|people)$/.test(head);
}

export function withIndefiniteArticle(phrase: string): string {
  if (startsWithDeterminer(phrase) || isPlural(phrase)) return phrase;
  const vowelSound = /^[aeio]|^u(?!ni|s[aeiou]|ro)|^hon|^hour/i.test(phrase) && !/^one\b/i.test(phrase);
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

export const withDefiniteArticle = (phrase: string) => (startsWithDeterminer(phrase) ? phrase : `the ${phrase}`);

/** Institutions take an article ("the Western Sydney University"); acronyms and bare names do not. */
export function organisationName(name: string): string {
  const trimmed = name.trim();
  return INSTITUTION.test(trimmed) && !startsWithDeterminer(trimmed) ? `the ${trimmed}` : trimmed;
}

export const organisationList = (names: readonly string[]) => joinNaturally(names.map(organisationName));

/** Trims free text and makes it a sentence: capital first letter, final punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return capitalise(/[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

export const withoutFinalStop = (text: string) => text.trim().replace(/[.;,]+$/, '');

/** What `count.toLocaleString('en-GB')` gives, without setting up a number format on every call. */
const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

export const counted = (count: number, singular: string, plural = `${singular}s`) =>
  `${COUNT_FORMAT.format(count)} ${count === 1 ? singular : plural}`;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language logged as an ISO 639 code ("mt") or a name ("Maltese") reads as its English name. */
export function languageName(language: string): string {
  const trimmed = language.trim();
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) return trimmed;
  try {
    return languageNames.of(trimmed) ?? trimmed;
  } catch {
    return trimmed;
  }
}
