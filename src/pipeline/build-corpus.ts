/**
 * The pipeline: raw files in, the corpus out. Pure: no file system, no clock. It composes the stages, each a
 * module with a typed input and output: per-article extraction (article-extraction.ts) → identify files
 * (identify-files.ts) → day and zone (corpus-day.ts, article-dates.ts) → people (people.ts) → quotes and
 * statements (quotes.ts) → events, times and discrepancies (event-stage.ts) → articles and outlets
 * (assemble-articles.ts) → the editor's corrections.json (apply-corrections.ts).
 */
import type { Corpus } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { extractArticle, type ExtractedFile } from './article-extraction.ts';
import { articleClock, dayEvidenceOf } from './article-dates.ts';
import { assembleArticles } from './assemble-articles.ts';
import { chooseEventDay, choosePublicationDay } from './corpus-day.ts';
import { buildEvents } from './event-stage.ts';
import { identifyFiles } from './identify-files.ts';
import { extractPeople } from './people.ts';
import type { PipelineInput } from './pipeline-input.ts';
import { extractQuotes } from './quotes.ts';
import { parseSourcesFile } from './sources-file.ts';
import { applyParsedCorrections } from '../corpus/corrections/apply-corrections.ts';
import { datesWithoutCorrection, withCorrectedDates } from './corrected-dates.ts';
import { parseCorrectionsFile, type ParsedCorrections } from '../corpus/corrections/corrections-file.ts';

/** The files of a folder after per-article extraction (in any order), with the folder's sources.json. */
export interface ExtractedInput {
  files: ExtractedFile[];
  sourcesJson: string | null;
  sourcesError?: string;
  /** The folder's corrections.json, applied after extraction; why it could not be read, if so. */
  correctionsJson?: string | null;
  correctionsError?: string;
  /** Files a per-article stage threw on, with the error: left out with a warning. */
  failed?: Array<{ file: string; error: Error }>;
}

/**
 * Builds the corpus from the files of one folder. Should a stage throw on some text, the files
 * that make it throw on their own are left out with a warning and the rest is built: one bad file
 * never stops the build.
 */
export function buildCorpus(input: PipelineInput): Corpus {
  const files: ExtractedFile[] = [];
  const failed: Array<{ file: string; error: Error }> = [];
  for (const file of input.files) {
    try {
      files.push(extractArticle(file));
    } catch (error) {
      failed.push({ file: file.name, error: error as Error });
    }
  }
  return buildCorpusFromExtracted({
    files,
    failed,
    sourcesJson: input.sourcesJson,
    sourcesError: input.sourcesError,
    correctionsJson: input.correctionsJson,
    correctionsError: input.correctionsError,
  });
}

/** The cross-article stages over files already extracted (see article-extraction.ts), with the same isolation of failing files. */
export function buildCorpusFromExtracted(input: ExtractedInput): Corpus {
  const failed = [...(input.failed ?? [])];
  const corrections = input.correctionsError ? NO_CORRECTIONS : parseCorrectionsFile(input.correctionsJson ?? null);
  let files = input.files;
  let assembled: AssembledCorpus;
  try {
    assembled = assembleCorpus({ ...input, files }, corrections);
  } catch (error) {
    const failing = files.filter((file) => {
      try {
        assembleCorpus({ files: [file], sourcesJson: null }, NO_CORRECTIONS);
        return false;
      } catch {
        return true;
      }
    });
    if (failing.length === 0) throw error;
    for (const file of failing) failed.push({ file: file.file, error: error as Error });
    files = files.filter((file) => !failing.includes(file));
    assembled = assembleCorpus({ ...input, files }, corrections);
  }
  let { corpus } = assembled;
  const left = failed.map(({ file, error }) => ({
    file,
    reason: `the pipeline failed on this file (${error.message}); left out`,
  }));
  if (left.length > 0) corpus = { ...corpus, warnings: [...left, ...corpus.warnings] };
  if (input.correctionsError)
    return { ...corpus, warnings: [...corpus.warnings, { file: 'corrections.json', reason: input.correctionsError }] };
  return correctCorpus(corpus, corrections, assembled.extractedDates);
}

const NO_CORRECTIONS: ParsedCorrections = { corrections: { people: [], articles: [], events: [] }, warnings: [] };

/** The editor's corrections applied last; should applying them fail, the extracted corpus is kept and the failure said. */
function correctCorpus(
  corpus: Corpus,
  corrections: ParsedCorrections,
  extractedDates: ReadonlyMap<string, string | null>,
): Corpus {
  try {
    return applyParsedCorrections(corpus, corrections, extractedDates);
  } catch (error) {
    const reason = `the corrections could not be applied (${(error as Error).message}); none applied`;
    return { ...corpus, warnings: [...corpus.warnings, { file: 'corrections.json', reason }] };
  }
}

/** The corpus as extracted, with the dates the text alone gives to files whose date corrections.json sets. */
interface AssembledCorpus {
  corpus: Corpus;
  extractedDates: ReadonlyMap<string, string | null>;
}

function assembleCorpus(input: ExtractedInput, corrections: ParsedCorrections): AssembledCorpus {
  const fileNames = input.files.map((file) => file.file);
  const { entries: sources, warnings } = parseSourcesFile(input.sourcesJson, fileNames);
  if (input.sourcesError) warnings.unshift({ file: 'sources.json', reason: input.sourcesError });
  const extracted = identifyFiles(input.files, sources, warnings);
  // A corrected publication date is evidence for the day and the article's clock, like a stamp.
  const parsed = withCorrectedDates(extracted, corrections.corrections.articles);
  const evidence = parsed.map(dayEvidenceOf);
  const publicationDay = choosePublicationDay(evidence, warnings);
  const referenceDates = parsed.map(
    (file) => articleClock(file, publicationDay.date, publicationDay.timeZone).referenceDate,
  );
  const day = chooseEventDay(publicationDay, evidence, referenceDates) ?? publicationDay;
  const views: ArticleView[] = parsed.map((file) => ({
    id: file.id,
    text: file.text,
    paragraphs: file.segments.paragraphs,
    sentences: file.segments.sentences,
  }));

  const people = extractPeople(
    views,
    parsed.map((file) => file.nameCandidates),
  );
  const { quotes, statements } = extractQuotes(views, people);
  const clocks = new Map(parsed.map((file) => [file.id, articleClock(file, day.date, day.timeZone)]));
  const { events, discrepancies } = buildEvents(parsed, views, people, clocks, day.timeZone, day.date);
  const { articles, outlets } = assembleArticles(parsed, people, events, quotes, day);
  const corpus: Corpus = {
    schemaVersion: 3,
    day,
    articles,
    people,
    outlets,
    events,
    quotes,
    statements,
    discrepancies,
    warnings,
    corrections: [],
  };
  return { corpus, extractedDates: datesWithoutCorrection(extracted, parsed, day) };
}
