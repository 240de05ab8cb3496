import { Alert } from '../../../components/ui/alert.tsx';
import type { ImportReport as Report } from '../../../../shared/domain/measurement.ts';
import { formatCount, plural } from '../../../../shared/format/words.ts';

/** What the check found: how many lines are new and which update earlier values, or every problem by line. */
export function ImportReport({ report }: { report: Report }) {
  const lines = plural(report.lines, 'line');
  if (report.committed) return null;
  if (report.problemCount === 0) {
    return (
      <Alert tone="success" title="The file is ready to import">
        {lines}: {formatCount(report.created)} new, {plural(report.updated, 'updates an earlier value', 'update earlier values')}.
      </Alert>
    );
  }
  const shown = report.problems.length;
  return (
    <section aria-labelledby="problems-heading" className="space-y-3">
      <Alert tone="error" title={`${lines}: ${plural(report.problemCount, 'problem')}`}>
        Nothing was imported. Fix these lines in your file and check it again.
      </Alert>
      <h4 id="problems-heading" className="text-base font-semibold text-slate-900">
        Problems in the file
      </h4>
      {shown < report.problemCount && (
        <p className="text-sm text-slate-700">
          Showing the first {formatCount(shown)} of {formatCount(report.problemCount)} problems.
        </p>
      )}
      <div className="relative max-w-full overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Problems, scrolls sideways">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Problems by line</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Line</th>
              <th scope="col" className="px-3 py-2 font-semibold">Column</th>
              <th scope="col" className="px-3 py-2 font-semibold">What is wrong</th>
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
