import { useQuery } from '@tanstack/react-query';
import { Check, ChevronDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../components/ui/menu.tsx';
import { useNeedsYouCounts } from '../lib/needs-you-counts.ts';
import { useFormats } from '../lib/use-words.ts';
import { useTRPC } from '../lib/trpc.ts';
import { paths } from './paths.ts';

/** Jump between networks; shows the current one's name inside a network. */
export function NetworkSwitcher() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const match = useMatch(`${paths.network.pattern}/*`);
  const networks = useQuery(trpc.network.list.queryOptions());
  const currentSlug = match?.params.slug;
  const current = networks.data?.find((n) => n.slug === currentSlug);
  const counts = useNeedsYouCounts();
  const { t: tn } = useTranslation('networks');
  const f = useFormats();

  return (
    <Menu>
      <MenuTrigger className="flex min-h-11 min-w-0 items-center gap-1 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:px-3">
        {current ? (
          <span className="truncate" translate="no">
            {current.name}
          </span>
        ) : (
          <span className="truncate">{t('shell.networks.label')}</span>
        )}
        <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
        <span className="sr-only">{t('shell.networks.switchHint')}</span>
      </MenuTrigger>
      <MenuContent align="start">
        <MenuLabel>{t('shell.networks.switch')}</MenuLabel>
        {networks.isPending && <MenuLabel>{t('states.loadingMore')}</MenuLabel>}
        {networks.isError && <MenuLabel>{t('shell.networks.loadFailed')}</MenuLabel>}
        {networks.data?.map((n) => (
          <MenuItem key={n.id} onSelect={() => void navigate(paths.network.href({ slug: n.slug }))}>
            <Check aria-hidden="true" className={n.slug === currentSlug ? 'size-4' : 'invisible size-4'} />
            <span className="min-w-0 flex-1 truncate" translate="no">
              {n.name}
            </span>
            <NeedsYouCount n={counts?.get(n.id) ?? 0} label={(k) => tn('home.count', { count: k, n: f.count(k) })} show={f.count} />
          </MenuItem>
        ))}
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate(paths.home.href())}>{t('shell.networks.all')}</MenuItem>
      </MenuContent>
    </Menu>
  );
}

/** How many things need the person in a network: a number to see, a sentence to hear. */
function NeedsYouCount({ n, label, show }: { n: number; label: (n: number) => string; show: (n: number) => string }) {
  if (n === 0) return null;
  return (
    <span className="ml-2 shrink-0 rounded-full bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden="true">{show(n)}</span>
      <span className="sr-only">{`, ${label(n)}`}</span>
    </span>
  );
}
