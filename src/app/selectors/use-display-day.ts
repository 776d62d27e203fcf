import { useCorpus, useExplorer } from '../store/explorer-context.tsx';
import { selectDisplayDay, type DayInfo } from './day.ts';

/** The corpus day with times in the zone the reader chose. */
export function useDisplayDay(): DayInfo {
  const corpus = useCorpus();
  const choice = useExplorer((state) => state.tz);
  // The reader's own zone matters only when chosen: learning it after hydration re-renders nothing else.
  const localZone = useExplorer((state) => (state.tz === 'local' ? state.localTimeZone : null));
  return selectDisplayDay(corpus, choice, localZone);
}
