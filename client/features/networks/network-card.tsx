import { Users } from 'lucide-react';
import { Link } from 'react-router';
import { NETWORK_ROLE_LABELS } from '../../../shared/schemas/membership.ts';
import { NETWORK_STATUS_LABELS, OUTCOME_AREA_LABELS } from '../../../shared/schemas/network.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { plural } from '../../../shared/format/words.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { STATUS_TONE } from './labels.ts';
import { paths } from '../../app/paths.ts';

type Network = RouterOutputs['network']['list'][number];

export function NetworkCard({ network }: { network: Network }) {
  return (
    <li className="relative flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs transition-shadow focus-within:shadow-md hover:shadow-md sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <h2 className="text-lg leading-snug font-semibold text-slate-900">
          {/* The link covers the whole card, so the card is one large tap target. */}
          <Link to={paths.network.href({ slug: network.slug })} className="text-slate-900 after:absolute after:inset-0 after:rounded-xl">
            {network.name}
          </Link>
        </h2>
        <Badge tone={STATUS_TONE[network.status]}>{NETWORK_STATUS_LABELS[network.status]}</Badge>
      </div>
      <p className="text-sm text-slate-700">{OUTCOME_AREA_LABELS[network.outcomeArea]}</p>
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
        <span>{network.role ? `You are ${article(network.role)} ${NETWORK_ROLE_LABELS[network.role].toLowerCase()}` : 'Not a member (administrator)'}</span>
        <span className="flex items-center gap-1">
          <Users aria-hidden="true" className="size-4" />
          {plural(network.memberCount, 'member')}
        </span>
      </div>
    </li>
  );
}

function article(role: string) {
  return /^[aeiou]/i.test(role) ? 'an' : 'a';
}
