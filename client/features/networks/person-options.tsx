import { useTranslation } from 'react-i18next';

type Person = { id: string; name: string; email: string; deactivatedAt: Date | null };

/** The options of a select for choosing an active person; the first one says what state the list is in. */
export function PersonOptions({ people, emptyLabel }: { people: { data?: Person[]; isError: boolean }; emptyLabel: string }) {
  const { t } = useTranslation('networks');
  return (
    <>
      <option value="">{people.isError ? t('people.failed') : people.data ? emptyLabel : t('people.loading')}</option>
      {people.data
        ?.filter((u) => !u.deactivatedAt)
        .map((u) => (
          <option key={u.id} value={u.id} translate="no">
            {u.name} ({u.email})
          </option>
        ))}
    </>
  );
}
