import { useQuery } from '@tanstack/react-query';
import { Check, ChevronDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../components/ui/menu.tsx';
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
            <span className="truncate" translate="no">
              {n.name}
            </span>
          </MenuItem>
        ))}
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate(paths.home.href())}>{t('shell.networks.all')}</MenuItem>
      </MenuContent>
    </Menu>
  );
}
