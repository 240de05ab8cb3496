import type { ComponentProps } from 'react';
import { cx } from './cx.ts';
import { controlClasses } from './input.tsx';

// Grows with its text (field-sizing), so long text reads without a scrollbar inside the page's.
export function Textarea({ className, ...rest }: ComponentProps<'textarea'>) {
  return <textarea className={cx(controlClasses, 'min-h-24! py-2 field-sizing-content', className)} {...rest} />;
}
