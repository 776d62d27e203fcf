import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';

/**
 * A native <dialog> shown modally while `open`: Escape and the dialog's own Close call `onClose`
 * (Escape goes no further, so the page's own Escape keys stay put), and focus returns to where it
 * was when the dialog opened. Where showModal is missing (jsdom), an open, non-modal dialog with
 * focus on its first button stands in. Spread `dialogProps` on the <dialog>.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('button')?.focus();
    }
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnTo?.focus();
    };
  }, [open]);

  const requestClose = () => {
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    // Not left to the close event: jsdom never fires it, and a second call is harmless.
    onClose();
  };
  return {
    requestClose,
    dialogProps: {
      ref,
      onClose,
      onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
        event.preventDefault();
        requestClose();
      },
      onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        requestClose();
      },
    },
  };
}
