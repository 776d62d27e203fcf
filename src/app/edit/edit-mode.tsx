import { Suspense } from 'react';
import { editPanelView } from '../lazy-views.ts';
import { useExplorer, useExplorerActions } from '../store/explorer-context.tsx';
import { SECONDARY_BUTTON } from '../ui/button-styles.ts';
import { RegionBoundary } from '../ui/region-boundary.tsx';

/** Turns Edit mode on and off (the editor's code loads the first time it is turned on). */
export function EditModeButton() {
  const editMode = useExplorer((state) => state.editMode);
  const actions = useExplorerActions();
  return (
    <button
      type="button"
      className={SECONDARY_BUTTON}
      aria-pressed={editMode}
      onClick={() => actions.setEditMode(!editMode)}
      onPointerEnter={() => void editPanelView.preload().catch(() => {})}
    >
      Edit corrections
    </button>
  );
}

/** Where the corrections editor shows while Edit mode is on. */
export function EditModeSlot() {
  const editMode = useExplorer((state) => state.editMode);
  if (!editMode) return null;
  return (
    <RegionBoundary
      label="The corrections editor"
      onRetry={editPanelView.forgetFailure}
      onError={editPanelView.markFailed}
    >
      <Suspense fallback={<p className="text-sm text-neutral-600 dark:text-neutral-400">Loading the editor…</p>}>
        <editPanelView.View />
      </Suspense>
    </RegionBoundary>
  );
}
