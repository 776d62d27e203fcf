/**
 * Everything the pipeline learns from one file on its own: its text, segments, credits, stamps and
 * the names it gives. Independent of every other file, so it can run in any thread, one file at a
 * time; the raw bytes are not needed after it. The cross-article stages (see build-corpus.ts) start from its result.
 */
import { readArticleText } from './article-text.ts';
import { findCredits, type Credits } from './credits.ts';
import { findEmbedDates, findPublicationStamp, type DateStamp } from './dates.ts';
import { findNameCandidates } from './name-candidates.ts';
import { findPredicates, type Predicate } from './predicates.ts';
import type { InputFile } from './pipeline-input.ts';
import { segmentArticle, type SegmentedArticle } from './segment.ts';

export interface ArticleFacts {
  text: string;
  segments: SegmentedArticle;
  credits: Credits;
  stamp: DateStamp | null;
  embedDates: DateStamp[];
  /** Names the article gives (see findNameCandidates), before they are merged into people across articles. */
  nameCandidates: string[];
  /** Verbs of sentences anchored in time (see findPredicates): what the article reports happened. */
  predicates: Predicate[];
}

export interface ExtractedFile {
  /** The file's name in its folder. */
  file: string;
  /** Why the file was only partly read, or not at all: one corpus warning each, in this order. */
  warnings: string[];
  /** null when the file holds no readable text. */
  facts: ArticleFacts | null;
}

/** Reads one file's bytes into what the cross-article stages need. Throws only if a stage throws on this text. */
export function extractArticle(file: InputFile): ExtractedFile {
  const decoded = file.readError ? { ok: false as const, reason: file.readError } : readArticleText(file.bytes);
  if (!decoded.ok) return { file: file.name, warnings: [decoded.reason], facts: null };
  const warnings = [...decoded.notes];
  const { text } = decoded;
  const segments = segmentArticle(text);
  if (segments.sentences.length === 0) warnings.push('no article text found (only a headline or metadata lines)');
  return {
    file: file.name,
    warnings,
    facts: {
      text,
      segments,
      credits: findCredits(text, segments.paragraphs, segments.dateline, segments.masthead),
      stamp: findPublicationStamp(text, segments.paragraphs, segments.dateline),
      embedDates: findEmbedDates(text, segments.paragraphs),
      nameCandidates: findNameCandidates({
        id: file.name,
        text,
        paragraphs: segments.paragraphs,
        sentences: segments.sentences,
      }),
      predicates: findPredicates(text, segments.paragraphs, segments.sentences),
    },
  };
}
