import { useMutation } from '@tanstack/react-query';
import { CircleCheck, UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { errorData, errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormats } from '../../lib/use-words.ts';
import type { Meeting } from './meeting-values.ts';
import { useClientId } from './use-add-once.ts';
import { useRefreshMeetings } from './use-meetings.ts';

type Props = { meeting: Meeting; networkId: number; myId: string; canCheckIn: boolean; canRun: boolean };

/** Who came: members by name, guests by name, then guests only counted. Members tick themselves in. */
export function WhoCameCard({ meeting, networkId, myId, canCheckIn, canRun }: Props) {
  const { t } = useTranslation('meetings');
  const open = meeting.closedAt === null;
  const here = meeting.attendeeIds.includes(myId);
  return (
    <SectionCard title={t('page.whoCame')}>
      <div className="space-y-4">
        {canCheckIn && open && !here && <CheckIn meeting={meeting} networkId={networkId} />}
        {here && (
          <p className="flex items-center gap-2 text-sm font-medium text-emerald-800">
            <CircleCheck aria-hidden="true" className="size-5" /> {t('checkIn.done')}
          </p>
        )}
        <WhoCame meeting={meeting} />
        {canRun && open && <AddGuest meeting={meeting} networkId={networkId} />}
      </div>
    </SectionCard>
  );
}

function CheckIn({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation('meetings');
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  const [error, setError] = useState<string>();
  const checkIn = useMutation(trpc.meeting.checkIn.mutationOptions({ onSuccess: refresh, onError: (e) => setError(errorMessage(e) || t('checkIn.failed')) }));
  return (
    <div className="space-y-2">
      <Button className="w-full py-3 text-lg sm:w-auto" pending={checkIn.isPending} onClick={() => (setError(undefined), checkIn.mutate({ networkId, meetingId: meeting.id }))}>
        <CircleCheck aria-hidden="true" className="size-5" /> {t('checkIn.button')}
      </Button>
      <FormAlert message={error} />
    </div>
  );
}

/** Members by name, then the guests: "Ana, Ben, Rosa (guest) +3 guests". */
export function WhoCame({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  const { attendees, guests, guestCount } = meeting;
  const names = [...attendees, ...guests];
  if (names.length === 0 && guestCount === 0) return <p className="text-sm text-slate-600">{t('page.noAttendance')}</p>;
  const total = names.length + guestCount;
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <ul aria-label={t('form.attendees.legend')} className="flex flex-wrap gap-x-1.5 gap-y-1">
        {names.map((a, i) => (
          <li key={i < attendees.length ? `member-${a.id}` : `guest-${a.id}`}>
            <span translate="no">{a.name}</span>
            {i >= attendees.length && <span className="text-slate-600"> ({t('guests.tag')})</span>}
            {i < names.length - 1 && ','}
          </li>
        ))}
        {guestCount > 0 && (
          <li className="font-medium">
            {names.length ? '+' : ''}
            {t('attendance.guests', { count: guestCount, n: f.count(guestCount) })}
          </li>
        )}
      </ul>
      <p className="text-slate-600">{t('page.inAll', { count: total, n: f.count(total) })}</p>
    </div>
  );
}

function AddGuest({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation('meetings');
  const trpc = useTRPC();
  const refresh = useRefreshMeetings();
  const clientId = useClientId();
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const add = useMutation(trpc.meeting.addGuest.mutationOptions());

  function submit(e: FormEvent) {
    e.preventDefault();
    setError({});
    add.mutate(
      { networkId, meetingId: meeting.id, clientId: clientId.current, name },
      {
        onSuccess: async () => {
          clientId.next();
          setName('');
          await refresh();
        },
        onError: (err) => {
          const field = errorData(err)?.fieldErrors?.name?.[0];
          setError(field ? { field } : { form: errorMessage(err) || t('guests.failed') });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-2 border-t border-slate-200 pt-3">
      <Field label={t('guests.label')} hint={t('guests.hint')} error={error.field}>
        {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={200} />}
      </Field>
      <FormAlert message={error.form} />
      <Button type="submit" variant="secondary" pending={add.isPending}>
        <UserPlus aria-hidden="true" className="size-4" /> {t('guests.add')}
      </Button>
    </form>
  );
}
