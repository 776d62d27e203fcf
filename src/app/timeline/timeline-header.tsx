import type { ReactNode } from 'react';

type Props = {
  /** The visible range, as the "Showing …" text reads it. */
  rangeText: string;
  /** Crowding counts of the plot; none in the list layout. */
  crowding: { clusteredCount: number; clusterCount: number; hiddenLabelCount: number; singleCount: number } | null;
  /** Classes that hide the plot-only counts while both layouts render. */
  plotOnlyClassName: string;
  zoomControls: ReactNode;
};

/** The timeline's title, what range it shows, how crowding was handled, and its zoom controls. */
export function TimelineHeader({ rangeText, crowding, plotOnlyClassName, zoomControls }: Props) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3 px-4 pt-4 sm:px-5">
      <div>
        <h2 className="text-lg font-semibold tracking-tight">Timeline</h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Showing <span aria-live="polite">{rangeText}</span>
          <span className="hidden sm:inline"> · numbers give the reported order</span>
          {crowding && crowding.clusterCount > 0 && (
            <span className={plotOnlyClassName}>
              {' '}
              · {crowding.clusteredCount} events grouped in {crowding.clusterCount} clusters where they crowd; open one
              to see its events
            </span>
          )}
          {crowding && crowding.hiddenLabelCount > 0 && (
            <span className={plotOnlyClassName}>
              {' '}
              · {crowding.hiddenLabelCount} of {crowding.singleCount} labels hidden where events crowd; zoom in to read
              them
            </span>
          )}
        </p>
      </div>
      <div className="print:hidden">{zoomControls}</div>
    </div>
  );
}
