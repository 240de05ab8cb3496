import type { ComponentProps } from 'react';
import { cx } from './cx.ts';

export const controlClasses = cx(
  'block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-base text-slate-900 shadow-xs sm:text-sm',
  'placeholder:text-slate-500 aria-invalid:border-red-700 disabled:bg-slate-100 disabled:text-slate-600',
);

export function Input({ className, ...rest }: ComponentProps<'input'>) {
  return <input className={cx(controlClasses, className)} {...rest} />;
}
