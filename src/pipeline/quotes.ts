/** Direct quotes with their speaker and channel, grouped into the statements they carry across articles. */
import type { Person, Quote, Statement } from '../corpus/schema.ts';
import type { ArticleView } from './article-view.ts';
import { attribute, type FoundQuote } from './quote-attribution.ts';
import { findQuotedPassages } from './quote-marks.ts';
import { indexMentions, type MentionIndex } from './speaker-mentions.ts';
import { groupStatements } from './statements.ts';

/** Quotes of every article, each with a speaker (person id when the speaker is a found person), and the statements they carry. */
export function extractQuotes(articles: ArticleView[], people: Person[]): { quotes: Quote[]; statements: Statement[] } {
  const mentions = indexMentions(people);
  return groupStatements(articles.flatMap((article) => extractArticleQuotes(article, mentions)));
}

function extractArticleQuotes(article: ArticleView, mentions: MentionIndex): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  const paragraphs = article.paragraphs;
  const quotedSpans = paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .flatMap((paragraph) =>
      findQuotedPassages(article.text, paragraph.start, paragraph.end, 1).map((passage) => passage.outer),
    );
  paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.kind === 'embed') {
      const embedQuote = quoteFromEmbed(article, paragraphIndex, mentions, quotes.length);
      if (embedQuote) quotes.push(embedQuote);
      return;
    }
    if (paragraph.kind !== 'body') return;
    let previousInParagraph: FoundQuote | null = null;
    for (const passage of findQuotedPassages(article.text, paragraph.start, paragraph.end)) {
      const attribution = attribute(
        article,
        passage,
        paragraph.start,
        paragraph.end,
        mentions,
        previousInParagraph ?? previous,
        quotedSpans,
      );
      if (!attribution) continue;
      const quote: FoundQuote = {
        id: `${article.id}-q${quotes.length + 1}`,
        speakerId: attribution.speaker?.id ?? null,
        speakerLabel: attribution.label,
        text: article.text.slice(passage.inner.start, passage.inner.end),
        articleId: article.id,
        span: passage.inner,
        channel: attribution.channel,
      };
      quotes.push(quote);
      previousInParagraph = quote;
      previous = quote;
    }
  });
  return quotes;
}

/** A post quoted as an embed: its text, and the speaker from the "— Name (@handle) date" line under it. */
function quoteFromEmbed(
  article: ArticleView,
  paragraphIndex: number,
  mentions: MentionIndex,
  count: number,
): FoundQuote | null {
  const paragraph = article.paragraphs[paragraphIndex]!;
  const signoff = article.paragraphs[paragraphIndex + 1];
  const line = article.text.slice(paragraph.start, paragraph.end);
  if (/^[—–-]/.test(line) || !signoff || signoff.kind !== 'embed') return null;
  const signoffLine = article.text.slice(signoff.start, signoff.end);
  const name = /^[—–-]\s*([^()]+?)\s*\(@/.exec(signoffLine)?.[1];
  if (!name) return null;
  const linkAt = line.search(/\s*pic\.twitter\.com\//);
  const end = paragraph.start + (linkAt >= 0 ? linkAt : line.length);
  const nameStart = signoff.start + signoffLine.indexOf(name);
  const speaker = mentions.personAt(article.id, nameStart, nameStart + name.length);
  return {
    id: `${article.id}-q${count + 1}`,
    speakerId: speaker?.id ?? null,
    speakerLabel: speaker?.name ?? name,
    text: article.text.slice(paragraph.start, end),
    articleId: article.id,
    span: { start: paragraph.start, end },
    channel: 'tweet',
  };
}
