/**
 * The view state, and nothing else: what is selected, filtered, zoomed and searched, plus the
 * notices the URL parser produced. Everything shown is derived from this and the corpus by
 * selectors. A vanilla store (no React) so URL sync and tests can drive it directly.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Corpus } from '../../corpus/schema.ts';
import { getCorpusIndex } from '../shared/corpus-index.ts';
import type { ArticleSearchIndex } from '../shared/search-index.ts';
import type { TimeRange } from '../shared/time-range.ts';
import { DEFAULT_URL_STATE, type UrlState, type ZoneChoice } from './url-state.ts';

/** A visible time range in epoch milliseconds; null means the whole day. */
export type ZoomRange = TimeRange;

export type Notice = { id: number; text: string };

export type ExplorerState = UrlState & {
  zoomRange: ZoomRange | null;
  /** The reader's own zone, read from the environment after the first render (null until then). */
  localTimeZone: string | null;
  notices: Notice[];
  /** The full-text index, loaded on the first search (or when the search box gets focus); null until then. */
  searchIndex: ArticleSearchIndex | null;
  /** Edit mode: the corrections editor is open. */
  editMode: boolean;
  /** The corpus with the corrections made in Edit mode applied; null when none were made. */
  editedCorpus: Corpus | null;
};

export type ExplorerActions = {
  /** Selects an event, or clears the selection with null; unknown ids are ignored. */
  selectEvent: (eventId: string | null) => void;
  togglePerson: (personId: string) => void;
  toggleOutlet: (outletId: string) => void;
  clearFilters: () => void;
  setQuery: (q: string) => void;
  setZoomRange: (range: ZoomRange | null) => void;
  setZoneChoice: (tz: ZoneChoice) => void;
  setLocalTimeZone: (zone: string | null) => void;
  /** Replaces the URL-held part of the state (after popstate) and shows the parser's notices. */
  applyUrlState: (state: UrlState, notices: string[]) => void;
  dismissNotice: (id: number) => void;
  /** Shows a notice, e.g. for a part of the page that failed to load. */
  addNotice: (text: string) => void;
  /** Keeps the corpus' full-text index (search/ loads it when a search needs it). */
  setSearchIndex: (index: ArticleSearchIndex) => void;
  setEditMode: (on: boolean) => void;
  /**
   * Shows the corpus as corrected in Edit mode (null: as loaded). Ids are checked against it from
   * then on; a selection or filter it no longer holds is dropped.
   */
  showEditedCorpus: (corpus: Corpus | null) => void;
};

export type ExplorerStore = StoreApi<ExplorerState & ExplorerActions>;

let nextNoticeId = 1;
function toNotices(texts: readonly string[]): Notice[] {
  return texts.map((text) => ({ id: nextNoticeId++, text }));
}

/** Adds the id when absent, removes it when present; keeps the order ids were picked in. */
function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}

/** A fresh store for one corpus; tests build one per case. */
export function createExplorerStore(
  corpus: Corpus,
  initialUrlState: UrlState = DEFAULT_URL_STATE,
  initialNotices: readonly string[] = [],
): ExplorerStore {
  let index = getCorpusIndex(corpus);
  const store = createStore<ExplorerState & ExplorerActions>()((set, get) => ({
    ...initialUrlState,
    zoomRange: null,
    localTimeZone: null,
    notices: toNotices(initialNotices),
    searchIndex: null,
    editMode: false,
    editedCorpus: null,

    selectEvent: (eventId) => {
      if (eventId !== null && !index.events.has(eventId)) return;
      if (get().eventId === eventId) return;
      set({ eventId });
    },
    togglePerson: (personId) => {
      if (!index.people.has(personId)) return;
      set({ personIds: toggleId(get().personIds, personId) });
    },
    toggleOutlet: (outletId) => {
      if (!index.outlets.has(outletId)) return;
      set({ outletIds: toggleId(get().outletIds, outletId) });
    },
    clearFilters: () => {
      if (get().personIds.length === 0 && get().outletIds.length === 0) return;
      set({ personIds: [], outletIds: [] });
    },
    setQuery: (q) => set({ q }),
    setZoomRange: (zoomRange) => set({ zoomRange }),
    setZoneChoice: (tz) => set({ tz }),
    setLocalTimeZone: (localTimeZone) => set({ localTimeZone }),
    applyUrlState: (state, notices) => {
      set({
        eventId: state.eventId,
        personIds: state.personIds,
        outletIds: state.outletIds,
        q: state.q,
        tz: state.tz,
        notices: toNotices(notices),
      });
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
    addNotice: (text) => set({ notices: [...get().notices, ...toNotices([text])] }),
    setSearchIndex: (searchIndex) => {
      if (!get().searchIndex) set({ searchIndex });
    },
    setEditMode: (editMode) => set({ editMode }),
    showEditedCorpus: (editedCorpus) => {
      index = getCorpusIndex(editedCorpus ?? corpus);
      const { eventId, personIds, outletIds } = get();
      set({
        editedCorpus,
        eventId: eventId !== null && index.events.has(eventId) ? eventId : null,
        personIds: personIds.filter((id) => index.people.has(id)),
        outletIds: outletIds.filter((id) => index.outlets.has(id)),
      });
    },
  }));
  return store;
}

/** The part of the state the URL carries. */
export function pickUrlState(state: ExplorerState): UrlState {
  return { eventId: state.eventId, personIds: state.personIds, outletIds: state.outletIds, q: state.q, tz: state.tz };
}
