import { Alert } from './alert.tsx';

/** The form-level message (one that belongs to no single field), right above the submit button. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <Alert tone="error">{message}</Alert>;
}
