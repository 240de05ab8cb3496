import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/states.tsx';

/** The indicator's data, import and equity pages before the indicator is defined. */
export function NoIndicator() {
  const { t } = useTranslation('indicator');
  return (
    <EmptyState>
      <Trans t={t} i18nKey="layout.defineFirst" components={{ overview: <Link to=".." className="underline" /> }} />
    </EmptyState>
  );
}
