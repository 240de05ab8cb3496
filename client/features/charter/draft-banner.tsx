import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../shared/domain/permissions.ts';
import { useCurrentNetwork } from '../../lib/current-network.ts';
import { useFormats, useWords } from '../../lib/use-words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { who } from './labels.ts';
import { ReviewActions } from './review-actions.tsx';

type Charter = RouterOutputs['charter']['get'];

/** Tells everyone that a newer version than the one in force exists, and lets a lead answer it. */
export function DraftBanner({ charter, onReviewed }: { charter: Charter; onReviewed: (notice: string) => void }) {
  const { t } = useTranslation('charter');
  const w = useWords('charter');
  const f = useFormats();
  const { standing } = useCurrentNetwork();
  const { status, latest, ratified, lastReturn } = charter;
  if (!latest || (status.kind !== 'draft' && status.kind !== 'returned')) return null;
  const returned = status.kind === 'returned' && lastReturn;
  const title = returned ? t('banner.returned', { version: latest.number }) : t('banner.waiting', { version: latest.number });

  return (
    <section aria-label={title} className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:p-5 print:hidden">
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm">{t('banner.saved', { name: who(w, latest.authorName), date: f.dateTime(latest.createdAt), note: latest.changeNote })}</p>
      {returned && (
        <div className="space-y-1 text-sm">
          <p>{t('banner.returnedBy', { name: who(w, lastReturn.by), date: f.dateTime(lastReturn.at) })}</p>
          <blockquote translate="no" className="border-l-4 border-amber-400 pl-3 break-words whitespace-pre-wrap">{lastReturn.comment}</blockquote>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-medium">
        {ratified && (
          <>
            <Link to={`versions/${latest.number}`} className="text-amber-950 underline">
              {t('banner.read', { version: latest.number })}
            </Link>
            <Link to={`compare?from=${ratified.number}&to=${latest.number}`} className="text-amber-950 underline">
              {t('banner.compare', { version: ratified.number })}
            </Link>
          </>
        )}
        {returned && can(standing, 'charter.edit') && (
          <Link to="edit" className="text-amber-950 underline">
            {t('page.edit')}
          </Link>
        )}
      </div>
      {can(standing, 'charter.review') && <ReviewActions version={latest.number} onDone={onReviewed} />}
    </section>
  );
}
