import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { useFormats } from '../../lib/use-words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { STATUS_TONE } from './labels.ts';
import { paths } from '../../app/paths.ts';

type Network = RouterOutputs['network']['list'][number];

export function NetworkCard({ network }: { network: Network }) {
  const { t } = useTranslation(['networks', 'common']);
  const f = useFormats();
  return (
    <li className="relative flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition-shadow focus-within:shadow-md hover:shadow-md sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-lg leading-snug font-semibold text-slate-900">
          {/* The link covers the whole card, so the card is one large tap target. */}
          <Link to={paths.network.href({ slug: network.slug })} className="text-slate-900 after:absolute after:inset-0 after:rounded-xl" translate="no">
            {network.name}
          </Link>
        </h2>
        <Badge tone={STATUS_TONE[network.status]}>{t(`common:labels.networkStatus.${network.status}`)}</Badge>
      </div>
      <p className="text-sm text-slate-700">{t(`common:labels.outcomeArea.${network.outcomeArea}`)}</p>
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
        <span>{network.role ? t(`card.youAre.${network.role}`) : t('card.notMember')}</span>
        <span className="flex items-center gap-1">
          <Users aria-hidden="true" className="size-4" />
          {t('card.members', { count: network.memberCount, n: f.count(network.memberCount) })}
        </span>
      </div>
    </li>
  );
}
