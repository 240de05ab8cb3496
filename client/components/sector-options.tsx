import { useTranslation } from 'react-i18next';
import { SECTORS } from '../../shared/schemas/organization.ts';

/** The options of a partner organization's sector select, with its empty first choice. */
export function SectorOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('forms.chooseSector')}</option>
      {SECTORS.map((s) => (
        <option key={s} value={s}>
          {t(`labels.sector.${s}`)}
        </option>
      ))}
    </>
  );
}
