/** The timeline's layout (layout-timeline.ts), memoized per stage so a zoom frame redoes only what the range changes. */
import { useMemo } from 'react';
import type { Article, Corpus } from '../../corpus/schema.ts';
import type { DayInfo } from '../selectors/day.ts';
import { selectReportedEventIds } from '../selectors/visible-articles.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { assembleLayout, layoutDay, layoutMarks, layoutPublished, type TimelineLayout } from './layout-timeline.ts';

export function useTimelineModel(
  corpus: Corpus,
  day: DayInfo,
  zoomRange: TimeRange | null,
  visibleArticles: readonly Article[],
  plotWidth: number,
  selectedId: string | null,
): TimelineLayout {
  const range = zoomRange ?? day.range;
  const [start, end] = range;
  const dayLayout = useMemo(() => layoutDay(corpus, day), [corpus, day]);
  const marks = useMemo(
    () => layoutMarks(dayLayout, { range: [start, end], plotWidth }, selectedId),
    [dayLayout, start, end, plotWidth, selectedId],
  );
  const published = useMemo(
    () => layoutPublished(corpus, visibleArticles, day, [start, end], marks.toX),
    [corpus, visibleArticles, day, start, end, marks.toX],
  );
  return assembleLayout(dayLayout, marks, range, plotWidth, published, selectReportedEventIds(corpus, visibleArticles));
}
