/** The subject and the object around a predicate's verb, as spans of its sentence. */
import type { Span } from '../corpus/schema.ts';

/** The noun phrase right before the verb, back to a clause break. */
export function subjectBefore(text: string, sentence: Span, verb: Span): Span | null {
  // "The first quake, which the survey put at 7.8, struck": the subject is before the relative clause.
  const before = text
    .slice(sentence.start, verb.start)
    .replace(/,\s+(?:which|who|whose|whom|where)\b[^,]*,\s*$/i, (clause) => ' '.repeat(clause.length));
  const clauseStart = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' — '));
  const from = clauseStart >= 0 ? clauseStart + 2 : 0;
  // "The second, magnitude 7.6, came": a short aside between commas right before the verb is not the subject.
  const aside = clauseStart >= 0 && before.slice(from).trim() === '' ? /^(.*?),\s+[^,]{1,40},\s*$/.exec(before) : null;
  if (aside && !aside[1]!.includes(','))
    return subjectBefore(text, sentence, { start: sentence.start + aside[1]!.length, end: verb.end });
  let phrase = before
    .slice(from)
    .replace(/^(?:and|but|so|then|as|when|after|before|while)\s+/i, '')
    .trim();
  // "Officials said the ship …": the reported clause's subject starts after the speech verb.
  const reported = /^.*\b(?:said|says|told \w+|added|announced|confirmed|reported|stated)\s+(?:that\s+)?/i.exec(phrase);
  if (reported) phrase = phrase.slice(reported[0].length);
  // "told a news conference that 2,379 people had been killed": the clause after "that".
  const complement = phrase.lastIndexOf(' that ');
  if (complement >= 0) phrase = phrase.slice(complement + ' that '.length);
  if (phrase.length === 0 || phrase.length > 80) return null;
  const start = sentence.start + before.indexOf(phrase, from);
  return { start, end: start + phrase.length };
}

/** The words after the verb up to a comma, a time phrase or a new clause. */
export function objectAfter(text: string, sentence: Span, verb: Span): Span | null {
  const after = text.slice(verb.end, sentence.end);
  const stop = after.search(
    /[,;(—–]|:\s|\s(?:at|on|by|until|around|about|from|in the|early|late|shortly|after|before|when|as|while|which|who|with|killing|leaving|amid|during|since|following)\b|[.!?]["”’]?\s*$/i,
  );
  const phrase = (stop < 0 ? after : after.slice(0, stop)).trim();
  if (phrase.length === 0 || phrase.length > 80) return null;
  const start = verb.end + after.indexOf(phrase);
  return { start, end: start + phrase.length };
}
