import { Suspense, useState } from 'react';
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

/**
 * Where the corrections editor shows while Edit mode is on. Once opened it stays mounted, hidden
 * while Edit mode is off, so turning it off and on keeps the corrections made and their undo.
 */
export function EditModeSlot() {
  const editMode = useExplorer((state) => state.editMode);
  const [opened, setOpened] = useState(editMode);
  if (editMode && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <div hidden={!editMode}>
      <RegionBoundary
        label="The corrections editor"
        onRetry={editPanelView.forgetFailure}
        onError={editPanelView.markFailed}
      >
        <Suspense fallback={<p className="text-sm text-neutral-600 dark:text-neutral-400">Loading the editor…</p>}>
          <editPanelView.View />
        </Suspense>
      </RegionBoundary>
    </div>
  );
}
