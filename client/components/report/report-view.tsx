import { Facts } from '../ui/facts.tsx';
import { NARRATIVE_PARTS, type ShownDocument } from '../../../shared/report/content.ts';
import { narrativeBlocks } from '../../../shared/report/document.ts';
import { rampLine } from '../../../shared/report/ramp-words.ts';
import { CYCLE_STAGES, DECISIONS } from '../../../shared/schemas/cycle.ts';
import { Badge } from '../ui/badge.tsx';
import { ContributingView } from './report-contributing.tsx';
import { IndicatorStatusView } from './report-indicator.tsx';
import { CountTable, Heading, Narrative, Section, type Level, type ReportAudience } from './report-parts.tsx';
import { PlanPart } from './report-plan.tsx';
import { htmlLanguage, useReportWords } from './report-words.ts';

type Props = {
  document: ShownDocument;
  audience: ReportAudience;
  /** The level of the report's title; the sections sit one level below. 1 on a page of its own, 2 under a page's heading, deeper inside a preview. */
  titleLevel?: 1 | 2 | 3 | 4;
  /** Prefix for heading ids, so two views on one page do not clash. */
  idPrefix?: string;
};

/**
 * A progress report as a reader sees it: drawn from the document alone (a published version's
 * frozen snapshot, or the live draft in the composer's preview), in the language its sentences
 * were written in. Sections the facilitator hid are left out; data that is missing reads as a
 * plain sentence.
 */
export function ReportView({ document: doc, audience, titleLevel = 1, idPrefix = 'report' }: Props) {
  const w = useReportWords(doc.content.language);
  const { t, f } = w;
  const c = doc.content;
  const h2 = (titleLevel + 1) as Level;
  const h3 = (titleLevel + 2) as Level;
  // A published form has no hidden section at all; a draft's preview still carries it.
  const hidden = new Set(doc.hidden);
  const indicator = hidden.has('indicator') ? undefined : c.indicator;
  const cycles = hidden.has('cycles') ? undefined : c.cycles;
  const plan = hidden.has('plan') ? undefined : c.plan;
  const charter = hidden.has('charter') ? undefined : c.charter;
  const meetings = hidden.has('meetings') ? undefined : c.meetings;
  const pub = doc.publication;
  const narrative = NARRATIVE_PARTS.filter((p) => doc.narrative[p].trim() !== '');
  const sectionId = (s: string) => `${idPrefix}-${s}`;
  const published = pub && f.momentDay(pub.publishedAt, c.period.timeZone);

  return (
    <article aria-labelledby={sectionId('title')} lang={htmlLanguage(w)} className="space-y-8 text-slate-900">
      <header className="space-y-2 border-b border-slate-200 pb-5">
        <p className="text-sm font-medium text-slate-700">{t('report:view.kicker', { network: c.networkName })}</p>
        <Heading level={titleLevel} id={sectionId('title')} className="text-2xl font-semibold break-words text-slate-900 sm:text-3xl">
          <span translate="no">{doc.title}</span>
        </Heading>
        <p className="text-lg text-slate-800">{f.period(c.period)}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {pub ? (
            <>
              <Badge tone="success">{t('report:view.version', { version: pub.version })}</Badge>
              <span>{audience === 'network' && pub.publishedBy ? t('report:view.publishedBy', { date: published, name: pub.publishedBy }) : t('report:view.published', { date: published })}</span>
            </>
          ) : (
            <>
              <Badge tone="warning">{t('report:view.draft')}</Badge>
              <span>{t('report:view.draftNote')}</span>
            </>
          )}
        </p>
        {pub && pub.version > 1 && pub.note.trim() !== '' && (
          <div className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm print:bg-transparent">
            <p className="font-medium">{t('report:view.correction', { version: pub.version })}</p>
            <p translate="no" className="mt-1 whitespace-pre-line">
              {pub.note}
            </p>
          </div>
        )}
      </header>

      {narrative.map((part) => (
        <Section key={part} id={sectionId(part)} level={h2} title={t(`labels.narrative.${part}`)}>
          <Narrative blocks={narrativeBlocks(doc.narrative[part])} />
        </Section>
      ))}

      {indicator !== undefined && (
        <Section id={sectionId('indicator')} level={h2} title={t('labels.reportSection.indicator')}>
          {indicator ? <IndicatorStatusView ind={indicator} level={h3} idPrefix={idPrefix} w={w} frozen /> : <p>{t('report:view.noIndicator')}</p>}
          <ContributingView measures={c.contributing} level={h3} idPrefix={idPrefix} w={w} frozen />
        </Section>
      )}

      {doc.featured.length > 0 && (
        <Section id={sectionId('featured')} level={h2} title={t('report:view.learned')}>
          <ul className="space-y-4">
            {doc.featured.map((l) => (
              <li key={l.id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-slate-400">
                <p translate="no" className="font-semibold">
                  {l.title}
                </p>
                <Facts
                  parts={[
                    l.changeIdea && t('report:cycle.changeIdea', { idea: l.changeIdea }),
                    f.day(l.date),
                    l.decision && t('report:cycle.decision', { decision: t(`labels.decision.${l.decision}`) }),
                    audience === 'network' && l.ownerName && { name: l.ownerName },
                  ]}
                />
                <p translate="no" className="mt-2 whitespace-pre-line">
                  {l.learning}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {cycles && (
        <Section id={sectionId('cycles')} level={h2} title={t('labels.reportSection.cycles')}>
          {cycles.total === 0 ? (
            <p>{t('report:cycles.none')}</p>
          ) : (
            <>
              <p>{t('report:view.cycles.total', { count: cycles.total, n: f.count(cycles.total) })}</p>
              <div className="grid gap-4 sm:grid-cols-2">
                <CountTable caption={t('report:view.cycles.byStage')} rows={CYCLE_STAGES.map((s) => [t(`labels.stage.${s}`), cycles.byStage[s]])} head={t('report:cycles.stage')} w={w} />
                <CountTable
                  caption={t('report:view.cycles.byDecision')}
                  rows={[...DECISIONS.map((d) => [t(`labels.decision.${d}`), cycles.byDecision[d]] as [string, number]), [t('report:cycles.undecided'), cycles.byDecision.undecided]]}
                  head={t('report:cycles.decision')}
                  w={w}
                />
              </div>
              <Heading level={h3} className="text-base font-semibold">
                {t('report:cycles.ramps')}
              </Heading>
              {cycles.rampsAdvanced.length === 0 ? (
                <p>{t('report:cycles.noRamps')}</p>
              ) : (
                <ul className="list-disc space-y-1 pl-5">
                  {cycles.rampsAdvanced.map((r) => (
                    <li key={r.id}>{rampLine(r, w)}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Section>
      )}

      {plan && (
        <Section id={sectionId('plan')} level={h2} title={t('labels.reportSection.plan')}>
          <PlanPart plan={plan} level={h3} audience={audience} w={w} />
        </Section>
      )}

      {charter && (
        <Section id={sectionId('charter')} level={h2} title={t('labels.reportSection.charter')}>
          <p>
            {[
              charter.ratified
                ? t(charter.ratifiedInPeriod ? 'report:view.charter.inForceInPeriod' : 'report:view.charter.inForce', { version: charter.ratified.version, date: f.day(charter.ratified.on) })
                : t('report:view.charter.none'),
              charter.pendingVersion !== null ? t('report:charter.pending', { version: charter.pendingVersion }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </Section>
      )}

      {meetings && (
        <Section id={sectionId('meetings')} level={h2} title={t('labels.reportSection.meetings')}>
          {meetings.held === 0 ? (
            <p>{t('report:view.meetings.none')}</p>
          ) : (
            <>
              <p>
                {meetings.averageAttendance !== null
                  ? t('report:view.meetings.summaryAverage', { ...meetingParts(meetings, w), average: f.count(Math.round(meetings.averageAttendance * 10) / 10) })
                  : t('report:view.meetings.summary', meetingParts(meetings, w))}
              </p>
              {audience === 'network' && meetings.meetings.length > 0 && (
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t('report:view.meetings.caption')}</caption>
                  <thead className="border-b border-slate-300 text-slate-700">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t('report:meetings.date')}
                      </th>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t('report:meetings.meeting')}
                      </th>
                      <th scope="col" className="py-1 text-right font-medium">
                        {t('report:meetings.attendance')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {meetings.meetings.map((m) => (
                      <tr key={m.id} className="break-inside-avoid border-b border-slate-100">
                        <td className="py-1 pr-3 whitespace-nowrap">{f.day(m.date)}</td>
                        <td translate="no" className="py-1 pr-3 break-words">
                          {m.title}
                        </td>
                        <td className="py-1 text-right">{f.count(m.attendance)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </Section>
      )}
    </article>
  );
}

function meetingParts(m: { held: number; attendance: number; people: number }, { t, f }: ReturnType<typeof useReportWords>) {
  return {
    held: t('report:export.meetings.held', { count: m.held, n: f.count(m.held) }),
    attendances: t('report:view.meetings.attendances', { count: m.attendance, n: f.count(m.attendance) }),
    people: t('report:view.meetings.people', { count: m.people, n: f.count(m.people) }),
  };
}
