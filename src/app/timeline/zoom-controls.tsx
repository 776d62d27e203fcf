import type { ReactNode } from 'react';

const BUTTON =
  'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-neutral-300 bg-white px-3 text-sm font-medium text-neutral-800 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-disabled:cursor-not-allowed aria-disabled:text-neutral-500 aria-disabled:hover:bg-white dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 dark:focus-visible:outline-blue-400 dark:aria-disabled:text-neutral-400 dark:aria-disabled:hover:bg-neutral-900';

type Props = { canZoomIn: boolean; zoomed: boolean; onZoomIn: () => void; onZoomOut: () => void; onReset: () => void };

/**
 * A zoom button. aria-disabled rather than disabled: a disabled button drops keyboard focus
 * to the page the moment "Zoom out" reaches the whole day.
 */
function ZoomButton(props: { label: string; enabled: boolean; onPress: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={BUTTON}
      aria-label={props.label}
      aria-disabled={!props.enabled}
      onClick={() => {
        if (props.enabled) props.onPress();
      }}
    >
      {props.children}
    </button>
  );
}

/** The on-screen zoom buttons (the same commands as + / − / 0 and the wheel). */
export function ZoomControls(props: Props) {
  return (
    <div role="group" aria-label="Zoom" className="flex items-center gap-1.5">
      <ZoomButton label="Zoom in" enabled={props.canZoomIn} onPress={props.onZoomIn}>
        <span aria-hidden="true" className="text-lg leading-none">
          +
        </span>
      </ZoomButton>
      <ZoomButton label="Zoom out" enabled={props.zoomed} onPress={props.onZoomOut}>
        <span aria-hidden="true" className="text-lg leading-none">
          −
        </span>
      </ZoomButton>
      <ZoomButton label="Reset zoom" enabled={props.zoomed} onPress={props.onReset}>
        Reset zoom
      </ZoomButton>
    </div>
  );
}
