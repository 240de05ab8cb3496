import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProseMarkdown } from '../../components/ui/prose-markdown.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { MessagePage } from '../../components/ui/message-page.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../../shared/format/dates.ts';
import { plural } from '../../../shared/format/words.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { formatPeriod } from '../../../shared/format/dates.ts';
import { IndicatorStatusView } from '../../components/report/report-indicator.tsx';
import { useWords } from '../../lib/i18n.ts';

export function PublicHomePage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const words = useWords('report');
  const query = useQuery(trpc.public.page.queryOptions({ slug }, { retry: (n, e) => errorCode(e) !== 'NOT_FOUND' && n < 2 }));
  usePageTitle(query.data ? `${query.data.name} · Community impact` : 'Community impact');

  if (query.isPending) return <LoadingState label="Loading the page" />;
  if (query.isError) {
    if (errorCode(query.error) === 'NOT_FOUND') {
      return <MessagePage title="There is no public page here">The link may be mistyped, or the network has not made its page public.</MessagePage>;
    }
    return <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }
  const page = query.data;

  return (
    <article className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-medium text-accent-900">Community impact report</p>
        <h1 className="text-3xl font-semibold tracking-tight text-balance text-slate-900">{page.name}</h1>
      </header>

      <section aria-labelledby="aim" className="space-y-2">
        <h2 id="aim" className="text-xl font-semibold text-slate-900">
          Our aim
        </h2>
        {page.aim ? (
          <ProseMarkdown text={page.aim} className="text-lg text-slate-800" />
        ) : (
          <p className="text-slate-700">The network has not ratified its charter yet.</p>
        )}
      </section>

      <section aria-labelledby="indicator" className="space-y-3">
        <h2 id="indicator" className="text-xl font-semibold text-slate-900">
          Is the needle moving?
        </h2>
        {page.indicator ? <IndicatorStatusView ind={page.indicator} level={3} idPrefix="public" w={words} /> : <p className="text-slate-700">The network has not defined its indicator yet.</p>}
      </section>

      <section aria-labelledby="reports" className="space-y-3">
        <h2 id="reports" className="text-xl font-semibold text-slate-900">
          Progress reports
        </h2>
        {page.reports.length === 0 ? (
          <EmptyState>No progress report is published yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {page.reports.map((r) => (
              <li key={r.id} className="p-4">
                <Link to={`reports/${r.id}`} className="font-medium">
                  {r.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {formatPeriod(r)}
                  {r.publishedAt && ` · published ${formatDate(r.publishedAt)}`}
                  {r.version > 1 && ` · corrected (version ${r.version})`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="adopted" className="space-y-3">
        <h2 id="adopted" className="text-xl font-semibold text-slate-900">
          Changes we adopted
        </h2>
        <p className="text-slate-700">Ideas partners tested in small cycles and decided to keep.</p>
        {page.adoptedChanges.length === 0 ? (
          <EmptyState>No change has been adopted yet.</EmptyState>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {page.adoptedChanges.map((c) => (
              <li key={c.id}>
                {c.title} <span className="text-slate-600">({plural(c.cycles, 'cycle')})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
