import { useCorpus, useExplorer } from '../store/explorer-context.tsx';
import { selectDisplayDay, type DayInfo } from './day.ts';

/** The corpus day with times in the zone the reader chose. */
export function useDisplayDay(): DayInfo {
  const corpus = useCorpus();
  const choice = useExplorer((state) => state.tz);
  const localZone = useExplorer((state) => state.localTimeZone);
  return selectDisplayDay(corpus, choice, localZone);
}
