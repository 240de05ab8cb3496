import { useQuery } from '@tanstack/react-query';
import { Pencil } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SuccessNotice } from '../../../components/ui/success-notice.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { SectionCard } from '../../../components/ui/card.tsx';
import { MessagePage } from '../../../components/ui/message-page.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/states.tsx';
import { useCurrentNetwork } from '../../../lib/current-network.ts';
import { errorCode, errorMessage } from '../../../lib/errors.ts';
import { useMe } from '../../../lib/session.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useWords } from '../../../lib/use-words.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { BackLink } from '../../../components/ui/back-link.tsx';
import { DecisionBadge } from '../../../components/cycle-badges.tsx';
import { DeleteCycle, NextCycle } from './cycle-actions.tsx';
import type { CycleSection } from '../form/cycle-form-values.ts';
import { notYetDue, SECTION_READERS } from './cycle-read.tsx';
import { FidelityPanel } from './fidelity-panel.tsx';
import { PreviousCycle } from './previous-cycle.tsx';
import { useResolveLink } from '../../../lib/outbox/use-resolve-link.ts';
import type { OutboxEntry } from '../../../../shared/domain/outbox.ts';
import { SectionEditor, type QueuedEdit } from './section-editor.tsx';
import { StageControls } from './stage-controls.tsx';
import { StageStepper } from './stage-stepper.tsx';
import { type Cycle, type CyclePageState } from '../use-cycles.ts';
import { paths } from '../../../app/paths.ts';

export function CyclePage() {
  const { network } = useCurrentNetwork();
  const { cycleId } = useParams();
  const { t } = useTranslation('cycles');
  const trpc = useTRPC();
  const id = Number(cycleId);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({ ...trpc.cycle.get.queryOptions({ networkId: network.id, cycleId: valid ? id : 0 }), enabled: valid });
  usePageTitle(query.data ? t('page.title', { title: query.data.title, network: network.name }) : t('page.titleLoading', { network: network.name }));

  if (!valid || errorCode(query.error) === 'NOT_FOUND') {
    return (
      <MessagePage headingLevel={2} title={t('page.notFound.title')}>
        {t('page.notFound.body')}
      </MessagePage>
    );
  }
  if (query.isError) return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState label={t('page.loading')} />;
  // Keyed by the cycle: going to another cycle (the next in a ramp) starts with a fresh page.
  return <CycleView key={query.data.id} cycle={query.data} />;
}

const SECTIONS: CycleSection[] = ['details', 'plan', 'do', 'study', 'act'];

function CycleView({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const words = useWords('cycles');
  const { network, myId } = useCurrentNetwork();
  const me = useMe();
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as CyclePageState)?.notice);
  const [editing, setEditing] = useState<CycleSection | null>(null);
  const [resume, resumed] = useQueuedEdit(cycle, (section) => edit(section), setNotice);
  // Once the team has studied and decided, the next cycle is the natural step: it moves up top.
  const nextUpTop = cycle.canEdit && !cycle.hasNextCycle && (cycle.stage === 'act' || cycle.stage === 'done');

  function edit(section: CycleSection) {
    setNotice(undefined);
    setEditing(section);
    // The section's first field, once it is drawn.
    requestAnimationFrame(() => document.getElementById(`section-${section}`)?.querySelector<HTMLElement>('input, textarea, select')?.focus());
  }
  function done(message?: string) {
    resumed();
    const section = editing;
    setEditing(null);
    setNotice(message);
    requestAnimationFrame(() => document.getElementById(`edit-${section}`)?.focus());
  }

  return (
    <div className="space-y-5">
      <BackLink to={paths.cycles.href({ slug: network.slug })}>{t('page.allCycles')}</BackLink>
      <div className="space-y-2">
        <h2 translate="no" className="text-xl font-semibold break-words text-slate-900">{cycle.title}</h2>
        <DecisionBadge decision={cycle.decision} />
      </div>
      <StageStepper stage={cycle.stage} />
      {cycle.canEdit &&
        (editing ? (
          <p className="text-sm text-slate-700">{t('page.saveFirst')}</p>
        ) : (
          <StageControls cycle={cycle} onEdit={edit} />
        ))}
      {nextUpTop && !editing && (
        <section aria-label={t('next.heading')} className="rounded-xl border border-accent-200 bg-accent-50 p-4">
          <NextCycle cycle={cycle} />
        </section>
      )}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {cycle.quickLog && cycle.stage !== 'done' && (
        <Alert title={t('page.quickLogged.title')}>{t('page.quickLogged.body')}</Alert>
      )}
      {!cycle.canEdit && <p className="text-sm text-slate-600">{t('page.readOnly')}</p>}

      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-5">
          {cycle.previous && <PreviousCycle previous={cycle.previous} slug={network.slug} />}
          {SECTIONS.map((section) => {
            const Reader = SECTION_READERS[section];
            const later = notYetDue(cycle, section, words.t);
            return (
              <div key={section} id={`section-${section}`}>
                <SectionCard
                  title={t(`section.${section}`)}
                  headingLevel={3}
                  action={
                    cycle.canEdit &&
                    editing === null && (
                      <Button id={`edit-${section}`} variant="secondary" size="sm" className="min-h-11 sm:min-h-9" onClick={() => edit(section)}>
                        <Pencil aria-hidden="true" className="size-4" /> {t('page.edit')}<span className="sr-only"> {t(`section.${section}`)}</span>
                      </Button>
                    )
                  }
                >
                  {editing === section && me.data ? (
                    <SectionEditor cycle={cycle} section={section} me={{ id: me.data.id, name: me.data.name }} onDone={done} resume={resume ?? undefined} />
                  ) : later ? (
                    <p className="text-sm text-slate-600">{later}</p>
                  ) : (
                    <Reader cycle={cycle} slug={network.slug} myId={myId} />
                  )}
                </SectionCard>
              </div>
            );
          })}
        </div>
        <aside aria-label={t('page.aside')} className="space-y-5">
          <FidelityPanel cycle={cycle} />
          {!nextUpTop && (cycle.canEdit || cycle.hasNextCycle) && (
            <SectionCard title={t('next.heading')} headingLevel={3}>
              <NextCycle cycle={cycle} />
            </SectionCard>
          )}
          {cycle.canEdit && <DeleteCycle cycle={cycle} />}
        </aside>
      </div>
    </div>
  );
}

/**
 * ?resolve=<id> from the outbox: an edit kept on this device met a newer version when it was sent.
 * It opens in its section with the person's text, for the same choice an online save offers.
 */
function useQueuedEdit(cycle: Cycle, open: (section: CycleSection) => void, say: (notice: string) => void): [QueuedEdit | null, () => void] {
  const { t } = useTranslation('outbox');
  const [resume, setResume] = useState<QueuedEdit | null>(null);
  const baseOf = (entry: OutboxEntry) => entry.base as ({ section?: CycleSection } & Omit<QueuedEdit, 'id'>) | undefined;
  useResolveLink(
    'cycle.update',
    (entry) => {
      const section = baseOf(entry)?.section;
      return entry.input.cycleId === cycle.id && section !== undefined && SECTIONS.includes(section);
    },
    (entry) => {
      const base = baseOf(entry)!;
      setResume({ id: entry.id, opened: base.opened, mine: base.mine });
      open(base.section!);
    },
    () => say(t('resolve.missing')),
  );
  return [resume, () => setResume(null)];
}
