import type { UseFormRegisterReturn } from 'react-hook-form';
import { NETWORK_STATUS_LABELS, NETWORK_STATUSES, OUTCOME_AREA_LABELS, OUTCOME_AREAS } from '../../../shared/schemas/network.ts';
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
  return (
    <>
      <Field label="Name" hint="For example, Kindergarten Readiness Network." error={errors.name}>
        {(p) => <Input {...p} autoComplete="off" {...register.name} />}
      </Field>
      <Field label="Outcome area" hint="The cradle-to-career outcome the network works to move." error={errors.outcomeArea}>
        {(p) => (
          <Select {...p} {...register.outcomeArea}>
            <option value="">Choose an outcome area</option>
            {OUTCOME_AREAS.map((a) => (
              <option key={a} value={a}>
                {OUTCOME_AREA_LABELS[a]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Status" error={errors.status}>
        {(p) => (
          <Select {...p} {...register.status}>
            {NETWORK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {NETWORK_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}
