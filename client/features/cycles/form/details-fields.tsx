import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Field } from '../../../components/ui/field.tsx';
import { Input } from '../../../components/ui/input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { formatShortDay } from '../../../../shared/format/dates.ts';
import type { CycleFormValues } from './cycle-form-values.ts';
import type { Lookups } from '../use-cycles.ts';

export type Me = { id: string; name: string };

type Props = { form: UseFormReturn<CycleFormValues>; lookups: Lookups; me: Me; names?: Record<string, string> };

/** Title, change idea, people, place, meeting, scale and dates. */
export function DetailsFields({ form, lookups, me, names = {} }: Props) {
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
    ...coOwnerIds.filter((id) => !isMember(id) && id !== ownerId).map((id) => ({ id, name: names[id] ?? 'Someone', gone: true })),
  ];

  return (
    <div className="space-y-4">
      <Field label="Title" hint="A few words people will recognise in a list." error={errors.title?.message}>
        {(p) => <Input {...p} autoComplete="off" {...form.register('title')} />}
      </Field>
      <Field label="Change idea (optional)" hint="The change idea from the action plan that this cycle tests." error={errors.changeIdeaId?.message}>
        {(p) => (
          <Select {...p} {...form.register('changeIdeaId')}>
            <option value="">Not linked to a change idea</option>
            {lookups.changeIdeas
              .filter((c) => !c.retired || String(c.id) === changeIdeaId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                  {c.retired ? ' (retired)' : ''}
                </option>
              ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Owner" error={errors.ownerId?.message}>
          {(p) => (
            <Select {...p} {...owner}>
              {!isMember(me.id) && <option value={me.id}>{me.name} (you)</option>}
              {ownerId && ownerId !== me.id && !isMember(ownerId) && (
                <option value={ownerId}>{names[ownerId] ?? 'Someone'} (no longer in the network)</option>
              )}
              {active.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                  {m.userId === me.id ? ' (you)' : ''}
                  {m.organizationName ? ` · ${m.organizationName}` : ''}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Partner organization (optional)" error={errors.partnerOrganizationId?.message}>
          {(p) => (
            <Select {...p} {...form.register('partnerOrganizationId')}>
              <option value="">None</option>
              {lookups.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {coOwnerChoices.length > 0 && (
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium text-slate-900">Co-owners (optional)</legend>
          <p className="text-sm text-slate-600">Co-owners can edit the cycle too.</p>
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
                  <span className="min-w-0 break-words">
                    {c.name}
                    {c.gone && ' (no longer in the network)'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {errors.coOwnerIds?.message && <p className="text-sm text-red-700">{errors.coOwnerIds.message}</p>}
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Site (optional)" hint="Where the test happens: a school, a branch library." error={errors.site?.message}>
          {(p) => <Input {...p} {...form.register('site')} />}
        </Field>
        <Field label="Meeting (optional)" hint="The network meeting this cycle was planned or reported at." error={errors.meetingId?.message}>
          {(p) => (
            <Select {...p} {...form.register('meetingId')}>
              <option value="">No meeting</option>
              {lookups.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} · {formatShortDay(m.date)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field
        label="Scale (optional)"
        hint="How big the test is, e.g. “3 families” or “one classroom”. Start small and grow with each cycle."
        error={errors.scale?.message}
      >
        {(p) => <Input {...p} {...form.register('scale')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Start date (optional)" error={errors.startDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('startDate')} />}
        </Field>
        <Field label="End date (optional)" error={errors.endDate?.message}>
          {(p) => <Input {...p} type="date" {...form.register('endDate')} />}
        </Field>
      </div>
    </div>
  );
}
