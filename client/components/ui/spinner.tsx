import { cx } from './cx.ts';

/**
 * Lucide's loader-circle, drawn here rather than imported: every loading state shows it, and the
 * icon library's runtime would otherwise ride in the first script for this one circle.
 */
export function Spinner({ className }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      xmlns="http://www.w3.org/2000/svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={cx('lucide lucide-loader-circle size-4 animate-spin', className)}
    >
      <path d="M21 12a9 9 0 1 1-6.219-8.56" />
    </svg>
  );
}
