/** The reported order of events ("after the talks", "ahead of the summit") as edges between them. */
import type { ArticleSpan } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';
import type { TimedEventInput } from './event-timing-types.ts';

export interface OrderEdge {
  later: string;
  earlier: string;
  source: ArticleSpan;
}

export function collectOrderEdges(
  events: TimedEventInput[],
  mentionOwner: Map<EventMention, string>,
  mentionsByArticle: Map<string, EventMention[]>,
): OrderEdge[] {
  const edges: OrderEdge[] = [];
  for (const event of events) {
    for (const mention of event.mentions) {
      const siblings = mentionsByArticle.get(mention.articleId) ?? [];
      const source = { articleId: mention.articleId, ...mention.sentence };
      for (const link of mention.after) {
        const other = mentionOwner.get(siblings[link.mention]!);
        if (other && other !== event.id) edges.push({ later: event.id, earlier: other, source });
      }
      for (const link of mention.before) {
        const other = mentionOwner.get(siblings[link.mention]!);
        if (other && other !== event.id) edges.push({ later: other, earlier: event.id, source });
      }
    }
  }
  // A pair stated both ways is a contradiction, not an order: drop both directions.
  const stated = new Set(edges.map((edge) => pairKey(edge.later, edge.earlier)));
  return edges.filter((edge) => !stated.has(pairKey(edge.earlier, edge.later)));
}

function pairKey(later: string, earlier: string): string {
  return `${later}\n${earlier}`;
}
