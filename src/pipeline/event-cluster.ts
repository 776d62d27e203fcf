/** An event as clustering builds it: its kind, name, mentions and participants. */
import type { EventKind } from '../corpus/schema.ts';
import type { EventMention } from './event-mentions.ts';

export interface MentionRef {
  article: number;
  index: number;
}

export interface EventCluster {
  kind: EventKind;
  format: string | null;
  name: string | null;
  mentions: EventMention[];
  participants: string[];
}

export function addParticipants(cluster: EventCluster, ids: string[]): void {
  for (const id of ids) if (!cluster.participants.includes(id)) cluster.participants.push(id);
}
