import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { errorData, errorMessage } from './errors.ts';

/** The key under which a form keeps the message that belongs to no single field. */
export const FORM_ERROR = 'root.server' as const;

function fieldPaths(values: unknown, prefix = ''): string[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values) || values instanceof Date) {
    return prefix ? [prefix] : [];
  }
  return Object.entries(values).flatMap(([key, value]) => fieldPaths(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * Puts a failed mutation's field errors on the form's own fields and everything else (a domain
 * error, a field the form does not show, a lost connection) in one form-level message.
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, error: unknown): void {
  const fieldErrors = errorData(error)?.fieldErrors ?? {};
  const known = new Set(fieldPaths(form.getValues()));
  const leftOver: string[] = [];
  let focused = false;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const message = messages.join(' ');
    if (known.has(path)) {
      form.setError(path as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      leftOver.push(message);
    }
  }
  if (!focused || leftOver.length) {
    form.setError(FORM_ERROR, { type: 'server', message: leftOver.length ? leftOver.join(' ') : errorMessage(error) });
  }
}

/** The form-level message set by applyServerErrors, if any. */
export function formError<T extends FieldValues>(form: UseFormReturn<T>): string | undefined {
  return form.formState.errors.root?.server?.message;
}
