import { useEffect, useRef, useState } from 'react';

/**
 * The box's width, so a chart is drawn at its real size and its labels stay readable on a phone;
 * 720 until measured.
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(280, Math.round(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Room around the plot for the axis labels; less at the sides on a phone. */
export const chartMargin = (width: number) => {
  const narrow = width < 500;
  return { top: 28, right: narrow ? 12 : 20, bottom: 44, left: narrow ? 48 : 60 };
};
