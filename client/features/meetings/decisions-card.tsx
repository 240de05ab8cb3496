import { Gavel } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { Field } from '../../components/ui/field.tsx';
import { FormAlert } from '../../components/ui/form-alert.tsx';
import { Textarea } from '../../components/ui/textarea.tsx';
import { newClientId } from '../../lib/client-id.ts';
import { useFormats } from '../../lib/use-words.ts';
import type { Meeting } from './meeting-values.ts';
import { useAddForm } from './use-queued-write.ts';

/** What the meeting decided, as it is decided: who wrote it down and when. */
export function DecisionsCard({ meeting, networkId, canRun }: { meeting: Meeting; networkId: number; canRun: boolean }) {
  const { t } = useTranslation('meetings');
  return (
    <SectionCard title={t('decisions.heading')}>
      <div className="space-y-4">
        <DecisionList decisions={meeting.decisions} />
        {canRun && <AddDecision meeting={meeting} networkId={networkId} />}
      </div>
    </SectionCard>
  );
}

export function DecisionList({ decisions, large = false }: { decisions: Meeting['decisions']; large?: boolean }) {
  const { t } = useTranslation('meetings');
  const f = useFormats();
  if (decisions.length === 0) return <p className={large ? 'text-slate-600' : 'text-sm text-slate-600'}>{t(large ? 'live.noDecisions' : 'decisions.empty')}</p>;
  return (
    <ul aria-label={t('decisions.heading')} className={large ? 'space-y-4' : 'space-y-3'}>
      {decisions.map((d) => (
        <li key={d.id} className={large ? '' : 'text-sm'}>
          <p translate="no" className="break-words whitespace-pre-wrap text-slate-900">
            {d.text}
          </p>
          <p className={large ? 'text-[0.6em] text-slate-600' : 'text-slate-600'}>{t('decisions.by', { name: d.byName ?? '', time: f.time(d.createdAt) })}</p>
        </li>
      ))}
    </ul>
  );
}

function AddDecision({ meeting, networkId }: { meeting: Meeting; networkId: number }) {
  const { t } = useTranslation('meetings');
  const form = useAddForm(meeting, (text) => ['meeting.addDecision', { networkId, meetingId: meeting.id, clientId: newClientId(), text }], 'text', t('decisions.failed'));
  return (
    <form onSubmit={form.onSubmit} className="space-y-2 border-t border-slate-200 pt-3">
      <Field label={t('decisions.label')} error={form.error.field}>
        {(control) => <Textarea {...control} value={form.value} onChange={(e) => form.setValue(e.target.value)} maxLength={1000} className="min-h-16!" />}
      </Field>
      <FormAlert message={form.error.form} />
      {form.keptNotice && <p className="text-sm text-slate-700">{form.keptNotice}</p>}
      <Button type="submit" variant="secondary" pending={form.pending}>
        <Gavel aria-hidden="true" className="size-4" /> {t('decisions.add')}
      </Button>
    </form>
  );
}
