import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorSaveInput } from '../../../../shared/schemas/indicator.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import type { DefinitionValues } from './definition-values.ts';

type Form = UseFormReturn<DefinitionValues, unknown, IndicatorSaveInput>;

/** The ways the population is split for the equity view, each with the groups compared. */
export function DefinitionDimensions({ form }: { form: Form }) {
  // keyName: the rows carry their own database `id`, which the field array must not overwrite.
  const { t } = useTranslation('indicator');
  const dims = useFieldArray({ control: form.control, name: 'dimensions', keyName: 'key' });
  const errors = form.formState.errors.dimensions;
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">{t('dimensions.legend')}</legend>
      <p className="text-sm text-slate-600">{t('dimensions.intro')}</p>
      {errors?.root?.message && <p className="text-sm text-red-700">{errors.root.message}</p>}
      {dims.fields.map((dim, i) => (
        <div key={dim.key} className="space-y-3 rounded-lg border border-slate-200 p-3">
          <div className="flex flex-wrap items-end gap-2">
            <Field className="min-w-48 flex-1" label={t('dimensions.dimension', { n: i + 1 })} error={errors?.[i]?.name?.message}>
              {(p) => <Input {...p} autoComplete="off" placeholder={t('dimensions.example')} {...form.register(`dimensions.${i}.name`)} />}
            </Field>
            <MoveButtons what={t('dimensions.what', { n: i + 1 })} index={i} count={dims.fields.length} move={dims.move}>
              <Button variant="ghost" className="px-2.5!" aria-label={t('dimensions.remove', { n: i + 1 })} onClick={() => dims.remove(i)}>
                <Trash2 aria-hidden="true" className="size-4" />
              </Button>
            </MoveButtons>
          </div>
          <Groups form={form} dimension={i} />
        </div>
      ))}
      {dims.fields.length < 6 && (
        <Button
          variant="secondary"
          onClick={() =>
            dims.append({
              id: null,
              name: '',
              groups: [
                { id: null, name: '' },
                { id: null, name: '' },
              ],
            })
          }
        >
          <Plus aria-hidden="true" className="size-4" /> {t('dimensions.add')}
        </Button>
      )}
    </fieldset>
  );
}

function Groups({ form, dimension }: { form: Form; dimension: number }) {
  const { t } = useTranslation('indicator');
  const groups = useFieldArray({ control: form.control, name: `dimensions.${dimension}.groups`, keyName: 'key' });
  const errors = form.formState.errors.dimensions?.[dimension]?.groups;
  const dimName = useWatch({ control: form.control, name: `dimensions.${dimension}.name` }) || t('dimensions.what', { n: dimension + 1 });
  return (
    <fieldset className="space-y-2 pl-0 sm:pl-4">
      <legend className="text-sm font-medium text-slate-900">{t('dimensions.groupsOf', { dimension: dimName })}</legend>
      {(errors?.root?.message ?? errors?.message) && <p className="text-sm text-red-700">{errors?.root?.message ?? errors?.message}</p>}
      {groups.fields.map((g, j) => (
        <div key={g.key} className="flex flex-wrap items-end gap-2">
          <Field className="min-w-48 flex-1" label={t('dimensions.group', { n: j + 1 })} error={errors?.[j]?.name?.message}>
            {(p) => <Input {...p} autoComplete="off" {...form.register(`dimensions.${dimension}.groups.${j}.name`)} />}
          </Field>
          <MoveButtons what={t('dimensions.groupWhat', { n: j + 1 })} index={j} count={groups.fields.length} move={groups.move}>
            <Button variant="ghost" className="px-2.5!" aria-label={t('dimensions.removeGroup', { n: j + 1, dimension: dimName })} disabled={groups.fields.length <= 2} onClick={() => groups.remove(j)}>
              <Trash2 aria-hidden="true" className="size-4" />
            </Button>
          </MoveButtons>
        </div>
      ))}
      {groups.fields.length < 30 && (
        <Button variant="secondary" size="sm" onClick={() => groups.append({ id: null, name: '' })}>
          <Plus aria-hidden="true" className="size-4" /> {t('dimensions.addGroup')}
        </Button>
      )}
    </fieldset>
  );
}

/** Up, down and (as children) remove: one group, so on a phone they wrap together below the name. */
function MoveButtons({ what, index, count, move, children }: { what: string; index: number; count: number; move: (from: number, to: number) => void; children: ReactNode }) {
  const { t } = useTranslation('indicator');
  return (
    <div className="ml-auto flex">
      <Button variant="ghost" className="px-2.5!" aria-label={t('dimensions.up', { what })} disabled={index === 0} onClick={() => move(index, index - 1)}>
        <ArrowUp aria-hidden="true" className="size-4" />
      </Button>
      <Button variant="ghost" className="px-2.5!" aria-label={t('dimensions.down', { what })} disabled={index === count - 1} onClick={() => move(index, index + 1)}>
        <ArrowDown aria-hidden="true" className="size-4" />
      </Button>
      {children}
    </div>
  );
}
