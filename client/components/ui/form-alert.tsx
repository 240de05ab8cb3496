import { translateMessage } from '../../../shared/i18n/message.ts';
import { useWords } from '../../lib/use-words.ts';
import { Alert } from './alert.tsx';

/** The form-level message (one that belongs to no single field), right above the submit button. */
export function FormAlert({ message }: { message: string | undefined }) {
  const { t } = useWords();
  if (!message) return null;
  return <Alert tone="error">{translateMessage(t, message)}</Alert>;
}
