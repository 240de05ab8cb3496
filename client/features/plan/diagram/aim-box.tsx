import { Target } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import type { Plan } from '../use-plan.ts';

// The aim is written in the charter, where Markdown is allowed. In the diagram's small box only
// its emphasis matters: everything else is reduced to its text, and raw HTML is skipped.
const INLINE = ['p', 'strong', 'em'];

/** The aim the diagram grows from. It lives in the charter; the plan only shows it. */
export function AimBox({ aim, charterHref, caption }: { aim: Plan['aim']; charterHref?: string; caption?: string }) {
  const { t } = useTranslation('plan');
  return (
    <div className="space-y-1.5 rounded-lg border border-accent-200 bg-accent-50 p-3 text-accent-900">
      <p className="flex items-center gap-1.5 text-xs font-semibold tracking-wide uppercase">
        <Target aria-hidden="true" className="size-4" /> {t('aim.heading')}
      </p>
      {aim ? (
        <>
          <div translate="no" className="space-y-2 font-medium break-words text-slate-900">
            <Markdown allowedElements={INLINE} unwrapDisallowed skipHtml>
              {aim.text}
            </Markdown>
          </div>
          <p className="text-xs text-slate-700">
            {caption ?? (aim.ratified ? t('aim.ratified') : t('aim.draft'))}
          </p>
        </>
      ) : (
        <p className="text-sm text-slate-800">
          {t('aim.none')}{' '}
          {charterHref && (
            <Link to={charterHref} className="underline">
              {t('aim.goToCharter')}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
