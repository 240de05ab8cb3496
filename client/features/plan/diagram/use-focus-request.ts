import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus to an element that may not exist yet: a node just added, one that moved
 * under another parent (and so was drawn anew), a dialog opened from a menu. Radix menus and
 * dialogs put focus back on their trigger a moment after they close (a dialog opened from a menu
 * item has no trigger of its own), so this runs after that: a timer set after theirs.
 * Selectors are tried in order; the first that finds an element wins.
 */
export function useFocusRequest() {
  const pending = useRef<string[] | null>(null);
  const [, setTick] = useState(0);

  useEffect(() => {
    const selectors = pending.current;
    if (!selectors) return;
    const timer = setTimeout(() => {
      const el = selectors.map((s) => document.querySelector<HTMLElement>(s)).find(Boolean);
      if (!el) return; // not drawn yet: the next render tries again
      el.focus();
      pending.current = null;
    }, 0);
    return () => clearTimeout(timer);
  });

  return useCallback((...selectors: string[]) => {
    pending.current = selectors;
    setTick((t) => t + 1);
  }, []);
}

/** Inside an open dialog: the control marked to start on, or else its first button. */
export const IN_DIALOG = ['[role="dialog"] [data-autofocus]', '[role="alertdialog"] [data-autofocus]', '[role="dialog"] form button', '[role="dialog"] button'];

export const nodeTrigger = (id: number) => `[data-node-trigger="${id}"]`;
