import type { KeyboardEvent } from 'react';

// Shift+arrow pans by this share of the visible span.
const PAN_SHARE = 0.25;

type TimelineCommands = {
  zoomIn: () => void;
  zoomOut: () => void;
  resetZoom: () => void;
  panBy: (share: number) => void;
  clearSelection: () => void;
};

/** + / − / 0 zoom and Shift+arrows pan anywhere inside the timeline; Escape clears the selection. */
export function useTimelineKeys(commands: TimelineCommands) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') commands.zoomIn();
    else if (event.key === '-' || event.key === '_') commands.zoomOut();
    else if (event.key === '0') commands.resetZoom();
    else if (event.key === 'Escape') commands.clearSelection();
    else if (event.shiftKey && event.key === 'ArrowLeft') commands.panBy(-PAN_SHARE);
    else if (event.shiftKey && event.key === 'ArrowRight') commands.panBy(PAN_SHARE);
    else return;
    event.preventDefault();
  };
}
