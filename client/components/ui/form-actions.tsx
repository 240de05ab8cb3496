import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/** A form's closing row: Cancel, then the submit button, stacked with submit on top on a phone. */
export function FormActions({
  onCancel,
  pending,
  pendingLabel,
  children,
}: {
  onCancel: () => void;
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
      <Button variant="secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
        {children}
      </Button>
    </div>
  );
}
