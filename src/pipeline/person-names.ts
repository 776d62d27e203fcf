/** Cleaning and comparing personal names: titles off, glued initials split, spellings compared. */
import { HONORIFICS, ROLE_ABBREVIATIONS, ROLE_HEADS, COUNTRIES } from './gazetteer.ts';
import { CITY_TIME_ZONES } from './time-zone-names.ts';

const TITLE_WORDS = new Set([
  ...HONORIFICS,
  ...Object.keys(ROLE_ABBREVIATIONS),
  ...ROLE_HEADS.flatMap((head) => head.split(' ')),
  'Minister',
  'Ministers',
  'Union',
  'Defence',
  'Defense',
  'Foreign',
  'External',
  'Affairs',
  'Home',
  'Finance',
  'Ministry',
  'Russian',
  'Indian',
  'Former',
  'Deputy',
  'Senior',
  'Chief',
  'Lord',
  'Lady',
  'Saint',
  'St',
]);

const NOT_NAMES = new Set([
  ...Object.values(COUNTRIES).flat(),
  ...Object.keys(CITY_TIME_ZONES).map((city) => city.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())),
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'The',
  'A',
  'An',
  'He',
  'She',
  'They',
  'We',
  'It',
  'This',
  'That',
  'God',
  'Covid',
  'Taliban',
]);

/** Lower-case words that belong inside a family name ("Anouk de Wit", "Pieter van der Berg", "Faisal bin Turki"). */
export const NAME_PARTICLES = [
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'ben',
  'abu',
  'de',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'ter',
  'le',
  'la',
];
const PARTICLE_SET = new Set(NAME_PARTICLES);
/** An Arabic article joined to the name it precedes: "al-Mansour", "el-Amin". */
export const JOINED_ARTICLES = ['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ud', 'ul'];
const JOINED_ARTICLE = new RegExp(`^(?:${JOINED_ARTICLES.join('|')})-(?=\\p{Lu})`, 'u');

/** Whether a word can stand in a personal name at this place: capitalised, a joined article ("al-Mansour"), or a particle between names. */
function isNameWord(token: string, index: number, count: number): boolean {
  if (/^\p{Lu}/u.test(token) || JOINED_ARTICLE.test(token)) return true;
  return index > 0 && index < count - 1 && PARTICLE_SET.has(token);
}

/** A surname without a joined article, as it is also written alone ("al-Mansour" → "Mansour"). */
export function surnameWithoutArticle(surname: string): string {
  return surname.replace(JOINED_ARTICLE, '');
}

/** A capitalised word that is a place, a weekday, a month or a pronoun, never a name by itself. */
export function isNotAName(word: string): boolean {
  return NOT_NAMES.has(word) || TITLE_WORDS.has(word);
}

/** A candidate name with titles and punctuation removed, or null when nothing personal is left. */
export function cleanPersonName(raw: string): string | null {
  const tokens = raw
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\s.'-]/gu, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
  let lastTitle = -1;
  tokens.forEach((token, index) => {
    if (TITLE_WORDS.has(token) || TITLE_WORDS.has(token.replace(/\.$/, ''))) lastTitle = index;
    // "captain Daniel Walker", "Kenya skipper Ann Lee": a lower-case role word (not a particle) before the name ends the titles.
    else if (
      /^\p{Ll}/u.test(token) &&
      !PARTICLE_SET.has(token) &&
      !JOINED_ARTICLE.test(token) &&
      index < tokens.length - 1
    )
      lastTitle = index;
  });
  const nameTokens = tokens.slice(lastTitle + 1).flatMap(splitGluedInitial);
  const namesProper = nameTokens.filter((token) => !PARTICLE_SET.has(token));
  if (namesProper.length === 0 || namesProper.length > 4) return null;
  if (!nameTokens.every((token, index) => isNameWord(token, index, nameTokens.length))) return null;
  if (nameTokens.every((token) => NOT_NAMES.has(token))) return null;
  if (nameTokens.length === 1 && surnameWithoutArticle(nameTokens[0]!).length < 3) return null;
  return nameTokens.join(' ');
}

/** "SKumar" → ["S", "Kumar"]: an initial glued to a surname in careless copy. */
export function splitGluedInitial(token: string): string[] {
  const match = /^(\p{Lu})(\p{Lu}\p{Ll}{2,})$/u.exec(token);
  return match ? [match[1]!, match[2]!] : [token];
}

/** True when two given names can be the same person's: an initial, a prefix or a transliteration. */
export function areGivenNamesCompatible(a: string, b: string): boolean {
  const x = foldSpelling(a);
  const y = foldSpelling(b);
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  if (x.length === 1 || y.length === 1) return true;
  if ((x.startsWith(y) || y.startsWith(x)) && Math.min(x.length, y.length) >= 4) return true;
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 1;
}

/** One person's surname in two spellings: accents dropped (Núñez/Nunez), one transliterated letter apart (Nasser/Naser), or with and without a joined article (al-Mansour/Mansour). */
export function areSurnamesCompatible(a: string, b: string): boolean {
  const x = foldSpelling(surnameWithoutArticle(a));
  const y = foldSpelling(surnameWithoutArticle(b));
  return x === y || (Math.min(x.length, y.length) >= 6 && x[0] === y[0] && editDistance(x, y) <= 1);
}

/** Folds spelling variants that transliteration produces (Dmitriy/Dmitri, Yuriy/Yuri) and accents (José/Jose). */
function foldSpelling(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/(ey|iy|yi|ij)$/, 'i')
    .replace(/y/g, 'i')
    .replace(/ph/g, 'f');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
