import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NETWORK_STATUSES, OUTCOME_AREAS } from '../../../shared/schemas/network.ts';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';

type Key = 'name' | 'outcomeArea' | 'status';

/** Name, outcome area and status: the same fields when creating and when editing a network. */
export function NetworkFieldset({
  register,
  errors,
}: {
  register: Record<Key, UseFormRegisterReturn>;
  errors: Partial<Record<Key, string | undefined>>;
}) {
  const { t } = useTranslation(['networks', 'common']);
  return (
    <>
      <Field label={t('fields.name')} hint={t('fields.nameHint')} error={errors.name}>
        {(p) => <Input {...p} autoComplete="off" {...register.name} />}
      </Field>
      <Field label={t('fields.outcomeArea')} hint={t('fields.outcomeAreaHint')} error={errors.outcomeArea}>
        {(p) => (
          <Select {...p} {...register.outcomeArea}>
            <option value="">{t('fields.chooseOutcomeArea')}</option>
            {OUTCOME_AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`common:labels.outcomeArea.${a}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('fields.status')} error={errors.status}>
        {(p) => (
          <Select {...p} {...register.status}>
            {NETWORK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:labels.networkStatus.${s}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}
