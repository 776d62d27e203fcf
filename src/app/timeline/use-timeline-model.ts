/** Everything the timeline draws, derived from the corpus, the visible range and the width. */
import { useMemo } from 'react';
import type { Article, Corpus } from '../../corpus/schema.ts';
import type { DayInfo } from '../selectors/day.ts';
import { selectDiscrepanciesByEvent } from '../selectors/discrepancies.ts';
import { selectEventSequence } from '../selectors/event-sequence.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { formatClock, hasClockTime, parseIsoMs } from '../shared/zoned-time.ts';
import { formatWindow, getDayEndLabelMs } from '../shared/format-window.ts';
import { describeTimelineEvent } from './describe-event.ts';
import { assignLanes } from './lanes.ts';
import { layoutEventBars } from './layout-event-bars.ts';
import { placeLabels } from './place-labels.ts';
import type { PublishedMark } from './published-ticks.tsx';
import { createTimeScale, createZonedTicks } from './time-scale.ts';
import { TIMELINE, getPlotHeight } from './timeline-geometry.ts';

// Short windows count as at least this share of the day when lanes are packed, so a label has room.
const LABEL_ROOM_SHARE = 1 / 6;
// A crowded day stops adding lanes here; the labels that then collide give way.
const MAX_LANES = 8;

function toPublishedMarks(articles: readonly Article[], range: TimeRange, timeZone: string, zoneLabel: string): PublishedMark[] {
  const marks: PublishedMark[] = [];
  for (const article of articles) {
    if (!article.published || !hasClockTime(article.published)) continue;
    const ms = parseIsoMs(article.published);
    if (ms === null || ms < range[0] || ms > range[1]) continue;
    const outlet = article.outlet?.name ?? 'Outlet not stated';
    marks.push({ id: article.id, ms, label: `${outlet} published at ${formatClock(ms, timeZone)} ${zoneLabel}` });
  }
  return marks;
}

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
  const placed = useMemo(
    () => placeLabels(layoutEventBars(sequence, lanes.laneOf, toX, plotWidth), titles, plotWidth - TIMELINE.padX, selectedId ? [selectedId] : []),
    [sequence, lanes, scale, plotWidth, titles, selectedId],
  );
  const ticks = useMemo(() => createZonedTicks(range, day.timeZone, Math.floor((x1 - x0) / 90), getDayEndLabelMs(day)), [range[0], range[1], day, x0, x1]);
  const publishedMarks = useMemo(() => toPublishedMarks(visibleArticles, range, day.timeZone, day.zoneLabel), [visibleArticles, range[0], range[1], day]);

  const eventsWithVisibleSources = useMemo(() => {
    const visible = new Set(visibleArticles.map((article) => article.id));
    return new Set(corpus.events.filter((event) => event.sources.some((s) => visible.has(s.articleId))).map((event) => event.id));
  }, [corpus, visibleArticles]);

  return {
    day,
    range,
    x0,
    x1,
    toX,
    items,
    bars: placed.bars,
    hiddenLabelCount: placed.hiddenCount,
    ticks,
    publishedMarks,
    eventsWithVisibleSources,
    plotHeight: getPlotHeight(lanes.laneCount),
    rangeText: formatWindow(range[0], range[1], day),
  };
}
