// What the header and the background helpers wait for: the first page's own code and answers. On a
// slow phone every byte loaded beside them delays the page a person came for; the menus, the
// outbox and the service worker follow it.
import { useCallback, useRef, useState } from 'react';

/** Longest the others wait, should the first page's loads never settle (a stalled request). */
const WAIT_AT_MOST_MS = 5000;

let settle!: () => void;
const shown = new Promise<void>((resolve) => (settle = resolve));
setTimeout(() => settle(), WAIT_AT_MOST_MS);

/** Resolves once the first page's code and answers are in (or failed) and the browser has had time to draw them. */
export const afterFirstPage = (): Promise<void> => shown;

/** Called once at start with the first page's loads. */
export function firstPageLoading(loads: Array<Promise<unknown>>) {
  // Drawing the page keeps the main thread busy; the first idle moment after the answers comes
  // once it is on screen. (Safari has no idle callback: a short pause instead.)
  const whenIdle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1500 }) : setTimeout(run, 300));
  void Promise.allSettled(loads).then(() => requestAnimationFrame(() => whenIdle(settle)));
}

/** `load` once the first page is in: for lazy components and modules that are not part of it. */
export const afterFirstPageLoad = <T>(load: () => Promise<T>): Promise<T> => shown.then(load);

/**
 * For a control whose code follows the first page but that a person may press before it is in
 * (the "More" menu, "Change organization"): `load` waits like afterFirstPageLoad, and `now()`
 * starts it at once, so a press on a slow phone does not also wait for the page to settle.
 */
export function followsFirstPage<T>(load: () => Promise<T>): { load: () => Promise<T>; now: () => void } {
  let press!: () => void;
  const pressed = new Promise<void>((resolve) => (press = resolve));
  let loading: Promise<T> | undefined;
  return { load: () => (loading ??= Promise.race([shown, pressed]).then(load)), now: () => press() };
}

/**
 * The plain button that stands in for such a control until its code is in: pressed, it starts the
 * load at once and `pressed` says to open the control once it is. `pressOnPointerDown` presses it
 * as the pointer goes down, for a control that opens then (Radix's menus): the real one can replace
 * it between the pointer going down and the click, and its click would open nothing. `takeFocus`,
 * the real control's ref, hands it the keyboard's focus if the stand-in had it when it was swapped
 * out, instead of leaving someone who had tabbed to it at the top of the page.
 */
export function useStandIn(now: () => void, { onPress, pressOnPointerDown = false }: { onPress?: () => void; pressOnPointerDown?: boolean } = {}) {
  const [pressed, setPressed] = useState(false);
  // A ref, not state: a re-render as the focus arrives could swap the real control in mid-click.
  const focused = useRef(false);
  const press = () => {
    now();
    setPressed(true);
    onPress?.();
  };
  // A focused element taken out of the page may or may not say it lost the focus; only a blur while
  // it is still in the page means the person moved on.
  const props = {
    onClick: press,
    onFocus: () => void (focused.current = true),
    onBlur: (e: { currentTarget: Element }) => void (e.currentTarget.isConnected && (focused.current = false)),
    ...(pressOnPointerDown && { onPointerDown: (e: { button: number; ctrlKey: boolean }) => e.button === 0 && !e.ctrlKey && press() }),
  };
  const takeFocus = useCallback((control: HTMLElement | null) => {
    if (!control || !focused.current) return;
    focused.current = false;
    if (document.activeElement === null || document.activeElement === document.body) control.focus();
  }, []);
  return { pressed, props, takeFocus };
}
