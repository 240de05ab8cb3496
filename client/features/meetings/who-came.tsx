import { CircleCheck, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Input } from '../../components/ui/input.tsx';
import { newClientId } from '../../lib/client-id.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useFormats } from '../../lib/use-words.ts';
import type { Meeting } from './meeting-values.ts';
import { useAddForm, useQueuedWrite } from './use-queued-write.ts';

type Props = { meeting: Meeting; networkId: number; myId: string; canCheckIn: boolean; canRun: boolean };

/** Who came: members by name, guests by name, then guests only counted. Members tick themselves in. */
export function WhoCameCard({ meeting, networkId, myId, canCheckIn, canRun }: Props) {
  const { t } = useTranslation('meetings');
  const open = meeting.closedAt === null;
  // Checked in on this device while offline: the meeting hears of it when the connection is back.
  const [kept, setKept] = useState(false);
  const here = meeting.attendeeIds.includes(myId);
  return (
    <SectionCard title={t('page.whoCame')}>
      <div className="space-y-4">
        {canCheckIn && open && !here && !kept && <CheckIn meeting={meeting} networkId={networkId} onKept={() => setKept(true)} />}
        {(here || kept) && (
          <p className="flex items-center gap-2 text-sm font-medium text-emerald-800">
            <CircleCheck aria-hidden="true" className="size-5" /> {t(here ? 'checkIn.done' : 'checkIn.queued')}
          </p>
        )}
        <WhoCame meeting={meeting} />
        {canRun && open && <AddGuest meeting={meeting} networkId={networkId} />}
      </div>
    </SectionCard>
  );
}

function CheckIn({ meeting, networkId, onKept }: { meeting: Meeting; networkId: number; onKept: () => void }) {
  const { t } = useTranslation('meetings');
  const { send, pending } = useQueuedWrite(meeting);
  const [error, setError] = useState<string>();
  async function checkIn() {
    setError(undefined);
    const outcome = await send('meeting.checkIn', { networkId, meetingId: meeting.id });
    if (outcome.kind === 'waiting') onKept();
    if (outcome.kind === 'refused') setError(errorMessage(outcome.error) || t('checkIn.failed'));
  }
  return (
    <div className="space-y-2">
      <Button className="w-full py-3 text-lg sm:w-auto" pending={pending} onClick={() => void checkIn()}>
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
  const form = useAddForm(meeting, (name) => ['meeting.addGuest', { networkId, meetingId: meeting.id, clientId: newClientId(), name }], 'name', t('guests.failed'));
  return (
    <form onSubmit={form.onSubmit} className="space-y-2 border-t border-slate-200 pt-3">
      <Field label={t('guests.label')} hint={t('guests.hint')} error={form.error.field}>
        {(control) => <Input {...control} value={form.value} onChange={(e) => form.setValue(e.target.value)} autoComplete="off" maxLength={200} />}
      </Field>
      <FormAlert message={form.error.form} />
      {form.keptNotice && <p className="text-sm text-slate-700">{form.keptNotice}</p>}
      <Button type="submit" variant="secondary" pending={form.pending}>
        <UserPlus aria-hidden="true" className="size-4" /> {t('guests.add')}
      </Button>
    </form>
  );
}
