import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SECONDARY_BUTTON } from './button-styles.ts';

type Props = {
  /** What the region shows, for the fallback: "The timeline", "The filters". */
  label: string;
  children: ReactNode;
  /** Changing this (e.g. the selected event) clears a caught error, so another selection can render. */
  resetKey?: unknown;
  /** Runs before "Try again" (or a new resetKey) renders the region anew: e.g. forgets a chunk that failed to load. */
  onRetry?: () => void;
  /** Runs when the region fails to render: e.g. a lazy view that will never mount stops being waited for. */
  onError?: () => void;
};

type State = { error: Error | null; resetKey: unknown };

/**
 * Catches a render error in one region of the page so the other regions keep working: the
 * region is replaced by a short alert naming it, with a button to try again.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    // A new key retries as "Try again" does (onRetry must be safe to call twice: render may repeat).
    if (state.error) props.onRetry?.();
    return { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is where a developer looks; the page says only what failed.
    console.error(`${this.props.label} failed to render`, error, info.componentStack);
    this.props.onError?.();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">{this.props.label} could not be shown.</p>
        <p className="mt-1 break-words">
          {error.message || 'An unexpected error occurred.'} The rest of the page still works.
        </p>
        <button
          type="button"
          className={`${SECONDARY_BUTTON} mt-2`}
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
