/**
 * Everything the timeline draws, as pure functions of the corpus, the day, the visible range, the
 * plot's width and the selection. Three stages, so a zoom frame redoes only what the range changes:
 * the day's order and lanes (`layoutDay`), the marks for a range (`layoutMarks`) and the publication
 * ticks (`layoutPublished`). `layoutTimeline` composes them; the hook memoizes each stage.
 */
import type { Article, Corpus } from '../../corpus/schema.ts';
import type { DayInfo } from '../selectors/day.ts';
import { selectDiscrepanciesByEvent } from '../selectors/discrepancies.ts';
import { selectEventSequence, type SequencedEvent } from '../selectors/event-sequence.ts';
import { selectReportedEventIds } from '../selectors/visible-articles.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { formatWindow, getDayEndLabelMs } from '../shared/format-window.ts';
import { describeTimelineEvent } from './describe-event.ts';
import { assignLanes, type LaneAssignment } from './lanes.ts';
import { clusterBars, getClusterZoomTarget, type ClusterMark } from './cluster-bars.ts';
import { fitLabelRoom, measureEventBars } from './layout-event-bars.ts';
import { placeLabels, type PlacedBar } from './place-labels.ts';
import { binPublishedTimes, selectPublishedTimes, type PublishedBins } from './published-bins.ts';
import { createTimeScale, createZonedTicks, type Tick, type TimeToX } from './time-scale.ts';
import { TIMELINE, getPlotHeight } from './timeline-geometry.ts';
import { MIN_ZOOM_SPAN_MS } from './zoom-range.ts';

// Short windows count as at least this share of the day when lanes are packed, so a label has room.
const LABEL_ROOM_SHARE = 1 / 6;
// A crowded day stops adding lanes here; the labels that then collide give way.
export const MAX_LANES = 8;
// Ticks are about this far apart.
const TICK_SPACING_PX = 90;

export type TimelineItem = SequencedEvent & { windowText: string; discrepancyCount: number; name: string };

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

/** The day's events in reported order, their lanes and their names: what no zoom changes. */
export type DayLayout = {
  day: DayInfo;
  sequence: readonly SequencedEvent[];
  lanes: LaneAssignment;
  items: TimelineItem[];
};

export function layoutDay(corpus: Corpus, day: DayInfo): DayLayout {
  const sequence = selectEventSequence(corpus, day.range[0]);
  // Pack what is drawn: windows clamped to the day, as bars outside it are pinned to its edges.
  const clamp = (ms: number) => Math.min(day.range[1], Math.max(day.range[0], ms));
  const drawn = sequence.map(({ event, startMs, endMs }) => ({
    id: event.id,
    startMs: clamp(startMs),
    endMs: clamp(endMs),
  }));
  const lanes = assignLanes(drawn, (day.range[1] - day.range[0]) * LABEL_ROOM_SHARE, MAX_LANES);
  const discrepancies = selectDiscrepanciesByEvent(corpus);
  const items = sequence.map((item) => {
    const windowText = formatWindow(item.startMs, item.endMs, day);
    const discrepancyCount = discrepancies.get(item.event.id)?.length ?? 0;
    return {
      ...item,
      windowText,
      discrepancyCount,
      name: describeTimelineEvent(item, sequence.length, windowText, discrepancyCount),
    };
  });
  return { day, sequence, lanes, items };
}

/** The visible range across a plot of this width. */
export type PlotView = { range: TimeRange; plotWidth: number };

export function plotSpanOf(plotWidth: number): { x0: number; x1: number } {
  return { x0: TIMELINE.padX, x1: plotWidth - TIMELINE.padX };
}

/** The marks (bars, clusters, labels) and the axis for a visible range. */
export type MarksLayout = {
  toX: TimeToX;
  marks: TimelineMark[];
  ticks: Tick[];
  /** Events drawn inside a cluster, clusters, and single bars whose label gave way. */
  clusteredCount: number;
  clusterCount: number;
  hiddenLabelCount: number;
};

export function layoutMarks(
  dayLayout: DayLayout,
  { range, plotWidth }: PlotView,
  selectedId: string | null,
): MarksLayout {
  const { day, sequence, lanes, items } = dayLayout;
  const { x0, x1 } = plotSpanOf(plotWidth);
  const toX = createTimeScale(range, x0, x1);
  const keepIds = selectedId ? [selectedId] : [];
  const measured = measureEventBars(sequence, lanes.laneOf, toX, plotWidth);
  const grouped = clusterBars(measured, { keepIds: new Set(keepIds) });
  const titles = new Map(sequence.map(({ event }) => [event.id, event.title]));
  const placed = placeLabels(
    fitLabelRoom(grouped.single, plotWidth, grouped.clusters),
    titles,
    plotWidth - TIMELINE.padX,
    keepIds,
  );
  const events: TimelineMark[] = grouped.single.flatMap((bar, position) => {
    const item = items[bar.index];
    const placedBar = placed.bars[position];
    return item && placedBar ? [{ kind: 'event' as const, key: bar.id, item, bar: placedBar }] : [];
  });
  const clusters: TimelineMark[] = grouped.clusters.map((cluster) => {
    const windowText = formatWindow(cluster.startMs, cluster.endMs, day);
    const zoomTarget = getClusterZoomTarget(cluster, range, MIN_ZOOM_SPAN_MS);
    const action = zoomTarget ? 'zoom in to them' : 'list them';
    return {
      kind: 'cluster',
      key: cluster.key,
      cluster,
      windowText,
      zoomTarget,
      name: `${cluster.ids.length} events, ${windowText}; ${action}`,
    };
  });
  const order = (mark: TimelineMark) => (mark.kind === 'event' ? mark.item.step : mark.cluster.index + 1);
  return {
    toX,
    marks: [...events, ...clusters].sort((a, b) => order(a) - order(b)),
    ticks: createZonedTicks(range, day.timeZone, Math.floor((x1 - x0) / TICK_SPACING_PX), getDayEndLabelMs(day)),
    clusteredCount: measured.length - grouped.single.length,
    clusterCount: grouped.clusters.length,
    hiddenLabelCount: placed.hiddenCount,
  };
}

/** The stated publication times of the articles a reader sees, binned for the visible range. */
export function layoutPublished(
  corpus: Corpus,
  visibleArticles: readonly Article[],
  day: DayInfo,
  range: TimeRange,
  toX: TimeToX,
): PublishedBins {
  return binPublishedTimes(selectPublishedTimes(corpus, visibleArticles), range, toX, day, day.range[0]);
}

export type TimelineLayoutInput = {
  corpus: Corpus;
  day: DayInfo;
  /** The visible range; null for the whole day. */
  zoomRange: TimeRange | null;
  visibleArticles: readonly Article[];
  plotWidth: number;
  selectedId: string | null;
};

export type TimelineLayout = DayLayout &
  MarksLayout & {
    range: TimeRange;
    x0: number;
    x1: number;
    published: PublishedBins;
    /** Events that some article a reader sees reports (the others are drawn muted). */
    eventsWithVisibleSources: ReadonlySet<string>;
    plotHeight: number;
  };

/** The timeline as drawn: what the app renders, for tests and any other caller. */
export function layoutTimeline({
  corpus,
  day,
  zoomRange,
  visibleArticles,
  plotWidth,
  selectedId,
}: TimelineLayoutInput): TimelineLayout {
  const range = zoomRange ?? day.range;
  const dayLayout = layoutDay(corpus, day);
  const marks = layoutMarks(dayLayout, { range, plotWidth }, selectedId);
  return assembleLayout(
    dayLayout,
    marks,
    range,
    plotWidth,
    layoutPublished(corpus, visibleArticles, day, range, marks.toX),
    selectReportedEventIds(corpus, visibleArticles),
  );
}

/** The stages' results as one layout. */
export function assembleLayout(
  dayLayout: DayLayout,
  marks: MarksLayout,
  range: TimeRange,
  plotWidth: number,
  published: PublishedBins,
  eventsWithVisibleSources: ReadonlySet<string>,
): TimelineLayout {
  return {
    ...dayLayout,
    ...marks,
    range,
    ...plotSpanOf(plotWidth),
    published,
    eventsWithVisibleSources,
    plotHeight: getPlotHeight(dayLayout.lanes.laneCount),
  };
}
