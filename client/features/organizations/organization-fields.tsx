import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../shared/schemas/organization.ts';
import { SectorOptions } from '../../components/sector-options.tsx';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { errorData } from '../../lib/errors.ts';

export type OrganizationValues = { name: string; sector: Sector | '' };

/** The field errors of a refused save, by field name; anything else goes to `_`. */
export function fieldErrorsOf(error: unknown): Record<string, string | undefined> {
  const fields = errorData(error)?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.[0]]));
}

export function OrganizationFields({ values, onChange, errors }: { values: OrganizationValues; onChange: (v: OrganizationValues) => void; errors: Record<string, string | undefined> }) {
  const { t } = useTranslation('organizations');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t('fields.name')} error={errors.name}>
        {(p) => <Input {...p} autoComplete="off" value={values.name} onChange={(e) => onChange({ ...values, name: e.target.value })} />}
      </Field>
      <Field label={t('fields.sector')} error={errors.sector}>
        {(p) => (
          <Select {...p} value={values.sector} onChange={(e) => onChange({ ...values, sector: e.target.value as Sector })}>
            <SectorOptions />
          </Select>
        )}
      </Field>
    </div>
  );
}
