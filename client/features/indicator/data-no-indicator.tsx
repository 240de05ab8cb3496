import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/states.tsx';

/** The indicator's data, import and equity pages before the indicator is defined. */
export function NoIndicator() {
  return (
    <EmptyState>
      Define the indicator first: <Link to=".." className="underline">go to the indicator overview</Link>.
    </EmptyState>
  );
}
