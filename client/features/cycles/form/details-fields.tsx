import { useTranslation } from 'react-i18next';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useFormats } from '../../../lib/use-words.ts';
import type { CycleFormValues } from './cycle-form-values.ts';
import { MeasureFields } from './measure-fields.tsx';
import type { Lookups } from '../use-cycles.ts';

export type Me = { id: string; name: string };

type Props = { form: UseFormReturn<CycleFormValues>; lookups: Lookups; me: Me; names?: Record<string, string> };

/** Title, change idea, people, place, meeting, scale and dates. */
export function DetailsFields({ form, lookups, me, names = {} }: Props) {
  const { t } = useTranslation('cycles');
  const f = useFormats();
  const { errors } = form.formState;
  const [ownerId, changeIdeaId, coOwnerIds] = useWatch({ control: form.control, name: ['ownerId', 'changeIdeaId', 'coOwnerIds'] });
  const active = lookups.members.filter((m) => !m.deactivated);
  const isMember = (id: string) => active.some((m) => m.userId === id);

  // Choosing an owner fills in the organization they represent, unless one is chosen already.
  const owner = form.register('ownerId', {
    onChange: (e: { target: { value: string } }) => {
      const member = lookups.members.find((m) => m.userId === e.target.value);
      if (member?.organizationId && !form.getValues('partnerOrganizationId')) {
        form.setValue('partnerOrganizationId', String(member.organizationId), { shouldDirty: true });
      }
    },
  });

  function toggleCoOwner(id: string, on: boolean) {
    const next = on ? [...coOwnerIds, id] : coOwnerIds.filter((c) => c !== id);
    form.setValue('coOwnerIds', next, { shouldDirty: true });
  }
  // Co-owners who have left stay listed (checked) so they can be removed knowingly.
  const coOwnerChoices = [
    ...active.filter((m) => m.userId !== ownerId).map((m) => ({ id: m.userId, name: m.name, gone: false })),
    ...coOwnerIds.filter((id) => !isMember(id) && id !== ownerId).map((id) => ({ id, name: names[id] ?? t('form.someone'), gone: true })),
  ];

  return (
    <div className="space-y-4">
      <Field label={t('form.title')} hint={t('form.titleHint')} error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field label={t('quickLog.form.changeIdea.label')} hint={t('form.changeIdeaHint')} error={errors.changeIdeaId?.message}>
        {(p) => (
          <Select {...p} {...form.register('changeIdeaId')}>
            <option value="">{t('read.noChangeIdea')}</option>
            {lookups.changeIdeas
              .filter((c) => !c.retired || String(c.id) === changeIdeaId)
              .map((c) => (
                <option key={c.id} value={c.id} translate={c.retired ? undefined : 'no'}>
                  {c.retired ? t('quickLog.form.changeIdea.retired', { title: c.title }) : c.title}
                </option>
              ))}
          </Select>
        )}
      </Field>
      <MeasureFields form={form} measures={lookups.measures} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('read.owner')} error={errors.ownerId?.message}>
          {(p) => (
            <Select {...p} {...owner}>
              {!isMember(me.id) && <option value={me.id}>{t('read.ownerYou', { name: me.name })}</option>}
              {ownerId && ownerId !== me.id && !isMember(ownerId) && (
                <option value={ownerId}>{t('form.gone', { name: names[ownerId] ?? t('form.someone') })}</option>
              )}
              {active.map((m) => {
                const name = m.userId === me.id ? t('read.ownerYou', { name: m.name }) : m.name;
                return (
                  <option key={m.userId} value={m.userId}>
                    {m.organizationName ? t('form.memberAt', { name, organization: m.organizationName }) : name}
                  </option>
                );
              })}
            </Select>
          )}
        </Field>
        <Field label={t('form.organization')} error={errors.partnerOrganizationId?.message}>
          {(p) => (
            <Select {...p} {...form.register('partnerOrganizationId')}>
              <option value="">{t('read.none')}</option>
              {lookups.organizations.map((o) => (
                <option key={o.id} value={o.id} translate="no">
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {coOwnerChoices.length > 0 && (
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-slate-900">{t('form.coOwners')}</legend>
          <p className="text-sm text-slate-600">{t('form.coOwnersHint')}</p>
          <ul className="max-h-64 space-y-1 overflow-y-auto rounded-lg border border-slate-300 bg-white p-1">
            {coOwnerChoices.map((c) => (
              <li key={c.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 text-sm hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="size-4 shrink-0 accent-accent-700"
                    checked={coOwnerIds.includes(c.id)}
                    onChange={(e) => toggleCoOwner(c.id, e.target.checked)}
                  />
                  <span className="min-w-0 break-words">{c.gone ? t('form.gone', { name: c.name }) : <span translate="no">{c.name}</span>}</span>
                </label>
              </li>
            ))}
          </ul>
          {errors.coOwnerIds?.message && <p className="text-sm text-red-700">{errors.coOwnerIds.message}</p>}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('form.site')} hint={t('form.siteHint')} error={errors.site?.message}>
          {(p) => <Input {...p} {...form.register('site')} />}
        </Field>
        <Field label={t('quickLog.form.meeting.label')} hint={t('form.meetingHint')} error={errors.meetingId?.message}>
          {(p) => (
            <Select {...p} {...form.register('meetingId')}>
              <option value="">{t('read.noMeeting')}</option>
              {lookups.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('read.meetingLink', { title: m.title, day: f.shortDay(m.date) })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field
        label={t('form.scale')}
        hint={t('form.scaleHint')}
        error={errors.scale?.message}
      >
        {(p) => <Input {...p} {...form.register('scale')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('form.startDate')} error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('startDate')} />}
        </Field>
        <Field label={t('form.endDate')} error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('endDate')} />}
        </Field>
      </div>
    </div>
  );
}
