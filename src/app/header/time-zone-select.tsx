import { useId } from 'react';
import { selectDay } from '../selectors/day.ts';
import type { ZoneChoice } from '../store/url-state.ts';
import { formatZoneLabel } from '../../corpus/zoned-time.ts';
import { useCorpus, useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { SELECT } from '../ui/button-styles.ts';

/** Picks the zone every time on the page is shown in: the articles' zone, UTC or the reader's. */
export function TimeZoneSelect() {
  const corpus = useCorpus();
  const actions = useExplorerActions();
  const choice = useExplorer((state) => state.tz);
  const localZone = useExplorer((state) => state.localTimeZone);
  const day = selectDay(corpus);
  const id = useId();
  const label = (zone: string) => formatZoneLabel(zone, day.range[0]);

  return (
    <div className="min-w-0 shrink-0">
      <label htmlFor={id} className="block text-sm font-medium text-neutral-800 dark:text-neutral-200">
        Time zone
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => actions.setZoneChoice(event.target.value as ZoneChoice)}
        className={`mt-1 ${SELECT}`}
      >
        {/* Short, so the box is not cut on a 360 px phone; the label says it is a time zone. */}
        <option value="corpus">Articles ({label(day.timeZone)})</option>
        <option value="utc">UTC</option>
        <option value="local">{localZone ? `Your zone (${label(localZone)}, ${localZone})` : 'Your zone'}</option>
      </select>
    </div>
  );
}
