import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { charterSectionInfo } from '../../../shared/domain/charter.ts';
import { CHARTER_ROLES, CHARTER_SECTIONS } from '../../../shared/schemas/charter.ts';
import { Button, buttonClasses } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formError } from '../../lib/form-errors.ts';
import { useWords } from '../../lib/use-words.ts';
import type { CharterFormValues } from './form-values.ts';
import { personName } from './labels.ts';
import { Textarea } from '../../components/ui/textarea.tsx';

type FormProps = {
  form: UseFormReturn<CharterFormValues>;
  people: Array<{ id: string; name: string }>;
  names: Record<string, string>;
  unsaved: boolean;
  saving: boolean;
  onSubmit: () => void;
};

/** The charter's fields: people in the roles, each section with its help, and the change note. */
export function CharterForm({ form, people, names, unsaved, saving, onSubmit }: FormProps) {
  const { t } = useTranslation(['charter', 'common']);
  const w = useWords('charter');
  const { errors } = form.formState;
  const chosen = useWatch({ control: form.control, name: 'content.people' });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <Card>
        <fieldset className="space-y-3">
          <legend className="text-base font-semibold text-slate-900">{t('form.people.legend')}</legend>
          <p className="text-sm text-slate-600">{t('form.people.hint')}</p>
          <div className="grid gap-4 sm:grid-cols-3">
            {CHARTER_ROLES.map((role) => {
              const current = chosen?.[role];
              // Someone named earlier who has since left stays visible rather than silently dropped.
              const gone = current && !people.some((p) => p.id === current);
              return (
                <Field key={role} label={t(`common:labels.charterRole.${role}`)} error={errors.content?.people?.[role]?.message}>
                  {(p) => (
                    <Select {...p} {...form.register(`content.people.${role}`)}>
                      <option value="">{t('form.people.nobody')}</option>
                      {people.map((person) => (
                        <option key={person.id} value={person.id} translate="no">
                          {person.name}
                        </option>
                      ))}
                      {gone && <option value={current}>{t('form.people.gone', { name: personName(w, current, names) })}</option>}
                    </Select>
                  )}
                </Field>
              );
            })}
          </div>
        </fieldset>
      </Card>

      <Card className="space-y-6">
        <div className="space-y-1">
          <h3 className="text-base font-semibold text-slate-900">{t('form.sections.heading')}</h3>
          <p className="text-sm text-slate-600">{t('form.sections.markdown')}</p>
        </div>
        {CHARTER_SECTIONS.map((section) => {
          const info = charterSectionInfo(w, section);
          return (
            <Field
              key={section}
              label={info.title}
              hint={info.example ? t('form.sections.withExample', { help: info.help, example: info.example }) : info.help}
              error={errors.content?.sections?.[section]?.message}
            >
              {(p) => <Textarea {...p} className="min-h-28!" {...form.register(`content.sections.${section}`)} />}
            </Field>
          );
        })}
      </Card>

      <Card className="space-y-4">
        <Field
          label={t('form.changeNote.label')}
          hint={t('form.changeNote.hint')}
          error={errors.changeNote?.message}
        >
          {(p) => <Input {...p} {...form.register('changeNote')} />}
        </Field>
        <FormAlert message={formError(form)} />
        <p className="text-sm text-slate-600">
          {unsaved ? t('form.unsaved') : t('form.noChanges')}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button type="submit" pending={saving} pendingLabel={t('form.saving')}>
            {t('form.save')}
          </Button>
          <Link to=".." className={buttonClasses('secondary', 'md', 'no-underline hover:no-underline')}>
            {t('form.cancel')}
          </Link>
        </div>
      </Card>
    </form>
  );
}
