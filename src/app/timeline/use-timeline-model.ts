/** Everything the timeline draws, derived from the corpus, the visible range and the width. */
import { useMemo } from 'react';
import type { Article, Corpus } from '../../corpus/schema.ts';
import type { DayInfo } from '../selectors/day.ts';
import { selectDiscrepanciesByEvent } from '../selectors/discrepancies.ts';
import { selectEventSequence, type SequencedEvent } from '../selectors/event-sequence.ts';
import { selectReportedEventIds } from '../selectors/visible-articles.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { formatWindow, getDayEndLabelMs } from '../shared/format-window.ts';
import { describeTimelineEvent } from './describe-event.ts';
import { assignLanes } from './lanes.ts';
import { clusterBars, getClusterZoomTarget, type ClusterMark } from './cluster-bars.ts';
import { fitLabelRoom, measureEventBars } from './layout-event-bars.ts';
import { placeLabels, type PlacedBar } from './place-labels.ts';
import { binPublishedTimes, selectPublishedTimes } from './published-bins.ts';
import { createTimeScale, createZonedTicks } from './time-scale.ts';
import { TIMELINE, getPlotHeight } from './timeline-geometry.ts';
import { MIN_ZOOM_SPAN_MS } from './zoom-range.ts';

// Short windows count as at least this share of the day when lanes are packed, so a label has room.
const LABEL_ROOM_SHARE = 1 / 6;
// A crowded day stops adding lanes here; the labels that then collide give way.
const MAX_LANES = 8;

type TimelineItem = SequencedEvent & { windowText: string; discrepancyCount: number; name: string };

/** What the plot draws, in keyboard order: an event's bar, or a cluster of crowded events. */
export type TimelineMark =
  | { kind: 'event'; key: string; item: TimelineItem; bar: PlacedBar }
  | {
      kind: 'cluster';
      key: string;
      cluster: ClusterMark;
      windowText: string;
      name: string;
      /** The range that spreads its events apart; null when only a list can show them. */
      zoomTarget: TimeRange | null;
    };

/** The derived drawing model of the timeline; `day` carries the zone times are shown in. */
export function useTimelineModel(
  corpus: Corpus,
  day: DayInfo,
  zoomRange: TimeRange | null,
  visibleArticles: readonly Article[],
  plotWidth: number,
  selectedId: string | null,
) {
  const range = zoomRange ?? day.range;
  const sequence = selectEventSequence(corpus, day.range[0]);

  const lanes = useMemo(
    () => {
      // Pack what is drawn: windows clamped to the day, as bars outside it are pinned to its edges.
      const clamp = (ms: number) => Math.min(day.range[1], Math.max(day.range[0], ms));
      const drawn = sequence.map(({ event, startMs, endMs }) => ({ id: event.id, startMs: clamp(startMs), endMs: clamp(endMs) }));
      return assignLanes(drawn, (day.range[1] - day.range[0]) * LABEL_ROOM_SHARE, MAX_LANES);
    },
    [sequence, day],
  );

  const discrepancies = selectDiscrepanciesByEvent(corpus);
  const items = useMemo(
    () =>
      sequence.map((item) => {
        const windowText = formatWindow(item.startMs, item.endMs, day);
        const discrepancyCount = discrepancies.get(item.event.id)?.length ?? 0;
        return { ...item, windowText, discrepancyCount, name: describeTimelineEvent(item, sequence.length, windowText, discrepancyCount) };
      }),
    [sequence, day, discrepancies],
  );

  const x0 = TIMELINE.padX;
  const x1 = plotWidth - TIMELINE.padX;
  const scale = useMemo(() => createTimeScale(range, x0, x1), [range[0], range[1], x0, x1]);
  const toX = scale;

  const titles = useMemo(() => new Map(sequence.map(({ event }) => [event.id, event.title])), [sequence]);
  const measured = useMemo(() => measureEventBars(sequence, lanes.laneOf, toX, plotWidth), [sequence, lanes, scale, plotWidth]);
  const grouped = useMemo(() => clusterBars(measured, { keepIds: new Set(selectedId ? [selectedId] : []) }), [measured, selectedId]);
  const placed = useMemo(
    () => placeLabels(fitLabelRoom(grouped.single, plotWidth, grouped.clusters), titles, plotWidth - TIMELINE.padX, selectedId ? [selectedId] : []),
    [grouped, plotWidth, titles, selectedId],
  );
  const marks = useMemo(() => {
    const events: TimelineMark[] = grouped.single.flatMap((bar, position) => {
      const item = items[bar.index];
      const placedBar = placed.bars[position];
      return item && placedBar ? [{ kind: 'event' as const, key: bar.id, item, bar: placedBar }] : [];
    });
    const clusters: TimelineMark[] = grouped.clusters.map((cluster) => {
      const windowText = formatWindow(cluster.startMs, cluster.endMs, day);
      const zoomTarget = getClusterZoomTarget(cluster, range, MIN_ZOOM_SPAN_MS);
      const action = zoomTarget ? 'zoom in to them' : 'list them';
      return { kind: 'cluster', key: cluster.key, cluster, windowText, zoomTarget, name: `${cluster.ids.length} events, ${windowText}; ${action}` };
    });
    const indexOf = (mark: TimelineMark) => (mark.kind === 'event' ? mark.item.step : mark.cluster.index + 1);
    return [...events, ...clusters].sort((a, b) => indexOf(a) - indexOf(b));
  }, [grouped, placed, items, day, range[0], range[1]]);
  const ticks = useMemo(() => createZonedTicks(range, day.timeZone, Math.floor((x1 - x0) / 90), getDayEndLabelMs(day)), [range[0], range[1], day, x0, x1]);
  const publishedTimes = selectPublishedTimes(corpus, visibleArticles);
  const published = useMemo(() => binPublishedTimes(publishedTimes, range, toX, day, day.range[0]), [publishedTimes, range[0], range[1], scale, day]);

  const eventsWithVisibleSources = selectReportedEventIds(corpus, visibleArticles);

  return {
    day,
    range,
    x0,
    x1,
    toX,
    items,
    marks,
    clusteredCount: measured.length - grouped.single.length,
    clusterCount: grouped.clusters.length,
    hiddenLabelCount: placed.hiddenCount,
    ticks,
    published,
    eventsWithVisibleSources,
    plotHeight: getPlotHeight(lanes.laneCount),
  };
}
