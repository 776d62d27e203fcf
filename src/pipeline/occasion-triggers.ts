/**
 * The words that name an occasion (a meeting, talks, a summit, a ruling, a speech, remarks made in public)
 * and the test whether a sentence names one. Shared by the event-mention finder and the predicate finder,
 * which leaves such sentences to it.
 */
import type { EventKind } from '../corpus/schema.ts';
import { WEEKDAYS } from '../corpus/zoned-time.ts';

interface TriggerRule {
  pattern: RegExp;
  kind: EventKind;
  /** A speech verb made an occasion by its setting ("told reporters", "said in a statement"): see publicRemarksRules. */
  remarks?: true;
}

export const FORMAT_TOKEN = /\b(?:2\s*\+\s*2|2\s+plus\s+2|two[\s-]plus[\s-]two)(?![\p{L}\d])/iu;
const TRIGGERS: TriggerRule[] = [
  { pattern: /\bsummit(?:\s+talks)?\b/gi, kind: 'summit' },
  { pattern: /\bdialogues?\b/gi, kind: 'dialogue' },
  { pattern: /\b(?:press|news)\s+(?:conference|briefing)\b/gi, kind: 'press-conference' },
  { pattern: /\b(?:meeting|met|meet|meets)\b/gi, kind: 'meeting' },
  // "called on the President" is a visit of courtesy; "called on him to resign" is a demand.
  { pattern: /\bcall(?:ed|s)? on\b(?![^,.;]{0,40}\bto\s+\p{Ll})/giu, kind: 'meeting' },
  { pattern: /\b(?:talks|discussions|bilateral engagement|bilateral discussions)\b/gi, kind: 'talks' },
  { pattern: /\barriv(?:ed|es|al)\b/gi, kind: 'arrival' },
  { pattern: /\b(?:state\s+|official\s+)?visit\b(?!ing)/gi, kind: 'visit' },
  { pattern: /\b(?:ruled|rules|ruling|verdict|judg(?:e)?ment)\b/gi, kind: 'ruling' },
  { pattern: /\b(?:speech|speaking at|addressed)\b/gi, kind: 'speech' },
  { pattern: /\b(?:video|televised|national|keynote|public|inaugural|an)\s+address\b/gi, kind: 'speech' },
  {
    pattern:
      /\bpresent(?:ed|ing|s)?\s+(?:the\s+|a\s+|its\s+|her\s+|his\s+|their\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:budget|report|bill|plan)\b/giu,
    kind: 'speech',
  },
  ...publicRemarksRules(),
];

/**
 * Speaking in public is an occasion when the text gives its setting: an audience ("told reporters", "told a rally"), a
 * medium ("said in a statement", "in a video message"), a place ("said outside court", "speaking at the agency's
 * headquarters"), a time ("said late Tuesday") or a live report of it ("is speaking now", "is giving an update").
 * A bare "said" only attributes words; these say someone spoke to the public then and there.
 */
function publicRemarksRules(): TriggerRule[] {
  const weekday = `(?:${WEEKDAYS.map((day) => `[${day.charAt(0).toUpperCase()}${day.charAt(0)}]${day.slice(1)}`).join('|')})`;
  // What is never the setting of a remark: the time it refers to ("at the time"), a sequence ("in the end"), a pronoun.
  const notSetting = String.raw`(?!(?:the|a)\s+(?:time|moment|end|start|beginning|outset|same time|weekend|past|future|day|week|year|case|event|way|least|most|heart|hands?|face|light|name|wake)\b)`;
  const patterns = [
    // An audience: "told reporters", "told a news conference"; not "told him", nor "was told that".
    String.raw`(?<!\b(?:was|were|been|being|be)\s+)\b(?:told|tells|telling)\s+(?:a\s+|an\s+|the\s+)?(?!(?:him|her|them|us|me|you|it|that|this)\b)\p{Ll}{3,}`,
    // A medium or a place: "said in a statement", "said at the headquarters", "spoke outside court", "speaking on the broadcast".
    String.raw`\b(?:said|says|spoke|speaks|[Ss]peaking)\s+(?:now\s+)?(?:in\s+(?:a|an)\s+\p{Ll}|(?:at|on)\s+${notSetting}(?:the|a|an|its|his|her|their)\s+\p{L}|outside\s+\p{L}|from\s+the\s+\p{Ll})`,
    // A time: "said late Tuesday", "said yesterday", "said on Monday", "said in the evening".
    String.raw`\b(?:said|says|told\s+\p{Ll}+)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:yesterday|today|tonight|${weekday}|this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening))\b`,
    // A live report: "is speaking now", "is giving an update", "gave a briefing".
    String.raw`\b(?:(?:is|are)\s+(?:speaking|addressing)\s+now|(?:is|are)\s+giving|gave|gives)\s+(?:now\s+)?(?:a|an|the|his|her|their|its)?\s*(?:\p{Ll}+\s+)?(?:update|briefing|statement|address|speech|remarks)\b|\b(?:is|are)\s+(?:speaking|addressing)\s+now\b`,
  ];
  return patterns.map((source) => ({ pattern: new RegExp(source, 'gu'), kind: 'speech', remarks: true }));
}
/** Sentences about a habit ("meet annually") tell of no one occasion. */
export const HABITUAL = /\b(annually|every year|each year|regularly|usually|often|alternately)\b/i;

/** Whether a sentence names an occasion (a meeting, a summit, a ruling …) or a habit: such sentences need no open-domain predicate. */
export function namesOccasionOrHabit(sentence: string): boolean {
  return HABITUAL.test(sentence) || findTriggers(sentence).length > 0;
}

/** The occasion words of a text, in order, without overlaps or words that are part of a name. */
export function findTriggers(text: string): Array<{ start: number; end: number; kind: EventKind; remarks: boolean }> {
  const found: Array<{ start: number; end: number; kind: EventKind; remarks: boolean }> = [];
  for (const rule of TRIGGERS) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      if (isPartOfName(text, start, end)) continue;
      found.push({ start, end, kind: rule.kind, remarks: rule.remarks === true });
    }
  }
  // "brought his conference speech forward and told delegates": the occasion word names the remarks; "Singh said on Monday
  // following a meeting with Shoigu": the speaking only attributes what the sentence tells of the occasion. An occasion
  // the remarks are only ordered against ("told reporters after the meeting") leaves them be.
  const namesOccasion = found.some(
    (trigger) =>
      !trigger.remarks &&
      !/\b(?:after|before|ahead of)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?$/i.test(
        text.slice(Math.max(0, trigger.start - 20), trigger.start),
      ),
  );
  return found.filter((trigger) => !(namesOccasion && trigger.remarks)).sort((a, b) => a.start - b.start);
}

/**
 * "the Met Office says", "Visit Britain": a verb-like trigger set with a capital inside a sentence and followed by a
 * capitalised word is part of a name, not an occasion ("the G20 Summit" is an occasion: nouns are not tested).
 */
function isPartOfName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (start === 0 || !/^(?:Met|Meets?|Visit|Arrival)$/.test(word)) return false;
  return /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}
