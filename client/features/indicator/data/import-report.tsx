import { Alert } from '../../../components/ui/alert.tsx';
import type { ImportReport as Report } from '../../../../shared/domain/measurement.ts';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../lib/use-words.ts';

/** What the check found: how many lines are new and which update earlier values, or every problem by line. */
export function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation('indicator');
  const f = useFormats();
  const count = (n: number) => ({ count: n, n: f.count(n) });
  const lines = t('import.report.lines', count(report.lines));
  if (report.committed) return null;
  if (report.problemCount === 0) {
    return (
      <Alert tone="success" title={t('import.report.ready')}>
        {t('import.report.summary', { lines, created: f.count(report.created), updates: t('import.report.updates', count(report.updated)) })}
      </Alert>
    );
  }
  const shown = report.problems.length;
  return (
    <section aria-labelledby="problems-heading" className="space-y-3">
      <Alert tone="error" title={t('import.report.problemsTitle', { lines, problems: t('import.report.problems', count(report.problemCount)) })}>
        {t('import.report.nothing')}
      </Alert>
      <h4 id="problems-heading" className="text-base font-semibold text-slate-900">
        {t('import.report.heading')}
      </h4>
      {shown < report.problemCount && <p className="text-sm text-slate-700">{t('import.report.first', { shown: f.count(shown), total: f.count(report.problemCount) })}</p>}
      <div className="relative max-w-full overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={t('import.report.scrolls')}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t('import.report.caption')}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('import.report.line')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('import.report.column')}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('import.report.wrong')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {report.problems.map((p, i) => (
              <tr key={i}>
                <td className="px-3 py-2 tabular-nums">{p.line}</td>
                <td className="px-3 py-2">{p.column || '—'}</td>
                <td className="px-3 py-2">{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
