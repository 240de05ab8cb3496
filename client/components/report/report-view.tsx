import {
  NARRATIVE_LABELS,
  NARRATIVE_PARTS,
  REPORT_SECTION_LABELS,
  type ShownDocument,
} from '../../../shared/report/content.ts';
import { narrativeBlocks } from '../../../shared/report/document.ts';
import { CYCLE_STAGE_LABELS, CYCLE_STAGES, DECISION_LABELS, DECISIONS } from '../../../shared/schemas/cycle.ts';
import { Badge } from '../ui/badge.tsx';
import { formatDay, formatMomentDay, formatPeriod } from '../../../shared/format/dates.ts';
import { plural } from '../../../shared/format/words.ts';
import { IndicatorStatusView } from './report-indicator.tsx';
import { CountTable, Heading, Narrative, Section, type Level, type ReportAudience } from './report-parts.tsx';
import { PlanPart } from './report-plan.tsx';

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
 * frozen snapshot, or the live draft in the composer's preview). Sections the facilitator hid
 * are left out; data that is missing reads as a plain sentence.
 */
export function ReportView({ document: doc, audience, titleLevel = 1, idPrefix = 'report' }: Props) {
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

  return (
    <article aria-labelledby={sectionId('title')} className="space-y-8 text-slate-900">
      <header className="space-y-2 border-b border-slate-200 pb-5">
        <p className="text-sm font-medium text-slate-700">{c.networkName} · Progress report</p>
        <Heading level={titleLevel} id={sectionId('title')} className="text-2xl font-semibold break-words text-slate-900 sm:text-3xl">
          {doc.title}
        </Heading>
        <p className="text-lg text-slate-800">{formatPeriod(c.period)}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {pub ? (
            <>
              <Badge tone="success">Version {pub.version}</Badge>
              <span>
                Published {formatMomentDay(pub.publishedAt, c.period.timeZone)}
                {audience === 'network' && pub.publishedBy ? ` by ${pub.publishedBy}` : ''}
              </span>
            </>
          ) : (
            <>
              <Badge tone="warning">Draft</Badge>
              <span>Not published: the figures are today’s and will be frozen when it is published.</span>
            </>
          )}
        </p>
        {pub && pub.version > 1 && pub.note.trim() !== '' && (
          <div className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm print:bg-transparent">
            <p className="font-medium">Correction (version {pub.version})</p>
            <p className="mt-1 whitespace-pre-line">{pub.note}</p>
          </div>
        )}
      </header>

      {narrative.map((part) => (
        <Section key={part} id={sectionId(part)} level={h2} title={NARRATIVE_LABELS[part]}>
          <Narrative blocks={narrativeBlocks(doc.narrative[part])} />
        </Section>
      ))}

      {indicator !== undefined && (
        <Section id={sectionId('indicator')} level={h2} title={REPORT_SECTION_LABELS.indicator}>
          {indicator ? (
            <IndicatorStatusView ind={indicator} level={h3} idPrefix={idPrefix} />
          ) : (
            <p>This network has not set up its indicator yet, so there is no indicator data in this report.</p>
          )}
        </Section>
      )}

      {doc.featured.length > 0 && (
        <Section id={sectionId('featured')} level={h2} title="What we learned">
          <ul className="space-y-4">
            {doc.featured.map((l) => (
              <li key={l.id} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 print:border-slate-400">
                <p className="font-semibold">{l.title}</p>
                <p className="text-sm text-slate-700">
                  {[l.changeIdea && `Change idea: ${l.changeIdea}`, formatDay(l.date), l.decision && `Decision: ${DECISION_LABELS[l.decision]}`, audience === 'network' && l.ownerName]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="mt-2 whitespace-pre-line">{l.learning}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {cycles && (
        <Section id={sectionId('cycles')} level={h2} title={REPORT_SECTION_LABELS.cycles}>
          {cycles.total === 0 ? (
            <p>No PDSA cycles ran in this period.</p>
          ) : (
            <>
              <p>{plural(cycles.total, 'PDSA cycle ran', 'PDSA cycles ran')} in this period.</p>
              <div className="grid gap-4 sm:grid-cols-2">
                <CountTable
                  caption="By stage"
                  rows={CYCLE_STAGES.map((s) => [CYCLE_STAGE_LABELS[s], cycles.byStage[s]])}
                  head="Stage"
                />
                <CountTable
                  caption="By decision"
                  rows={[...DECISIONS.map((d) => [DECISION_LABELS[d], cycles.byDecision[d]] as [string, number]), ['Not decided yet', cycles.byDecision.undecided]]}
                  head="Decision"
                />
              </div>
              <Heading level={h3} className="text-base font-semibold">
                Ramps advanced
              </Heading>
              {cycles.rampsAdvanced.length === 0 ? (
                <p>No ramp moved to a larger scale in this period.</p>
              ) : (
                <ul className="list-disc space-y-1 pl-5">
                  {cycles.rampsAdvanced.map((r) => (
                    <li key={r.id}>
                      {r.title}: {r.fromNumber === r.toNumber ? `cycle ${r.toNumber}` : `cycles ${r.fromNumber} to ${r.toNumber}`} ({plural(r.cyclesInPeriod, 'cycle', 'cycles')} in this period)
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Section>
      )}

      {plan && (
        <Section id={sectionId('plan')} level={h2} title={REPORT_SECTION_LABELS.plan}>
          <PlanPart plan={plan} level={h3} audience={audience} />
        </Section>
      )}

      {charter && (
        <Section id={sectionId('charter')} level={h2} title={REPORT_SECTION_LABELS.charter}>
          <p>
            {charter.ratified
              ? `Version ${charter.ratified.version} of the charter is in force, ratified on ${formatDay(charter.ratified.on)}${charter.ratifiedInPeriod ? ', during this period' : ''}.`
              : 'The charter has not been ratified yet.'}
            {charter.pendingVersion !== null && ` Version ${charter.pendingVersion} awaits review.`}
          </p>
        </Section>
      )}

      {meetings && (
        <Section id={sectionId('meetings')} level={h2} title={REPORT_SECTION_LABELS.meetings}>
          {meetings.held === 0 ? (
            <p>No meetings were held in this period.</p>
          ) : (
            <>
              <p>
                {plural(meetings.held, 'meeting was', 'meetings were')} held, with {plural(meetings.attendance, 'attendance', 'attendances')} in all
                {meetings.averageAttendance !== null && ` (about ${Math.round(meetings.averageAttendance * 10) / 10} a meeting)`}; {plural(meetings.people, 'person', 'different people')}{' '}
                took part.
              </p>
              {audience === 'network' && meetings.meetings.length > 0 && (
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Meetings held in this period</caption>
                  <thead className="border-b border-slate-300 text-slate-700">
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">Date</th>
                      <th scope="col" className="py-1 pr-3 font-medium">Meeting</th>
                      <th scope="col" className="py-1 text-right font-medium">Attendance</th>
                    </tr>
                  </thead>
                  <tbody>
                    {meetings.meetings.map((m) => (
                      <tr key={m.id} className="break-inside-avoid border-b border-slate-100">
                        <td className="py-1 pr-3 whitespace-nowrap">{formatDay(m.date)}</td>
                        <td className="py-1 pr-3 break-words">{m.title}</td>
                        <td className="py-1 text-right">{m.attendance}</td>
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
