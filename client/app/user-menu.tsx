import { ChevronDown, KeyRound, LayoutGrid, Library, LogOut, Shield, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../components/ui/menu.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { useSignOut } from '../lib/session.ts';
import { paths } from './paths.ts';

type User = { name: string; email: string; isAdmin: boolean; partnershipStaff?: boolean | undefined };

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [signingOut, setSigningOut] = useState(false);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch (error) {
      window.alert(error instanceof Error ? error.message : t('shell.userMenu.signOutFailed'));
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <Menu>
      <MenuTrigger
        className="ml-auto flex min-h-11 shrink-0 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden="true" translate="no" className="flex size-8 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-900">
          {signingOut ? <Spinner /> : initials(user.name)}
        </span>
        <span className="sr-only">{t('shell.userMenu.label')}</span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate" translate="no">
          {user.name}
        </span>
        <ChevronDown aria-hidden="true" className="size-4 text-slate-600" />
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>
          <span className="block truncate text-sm font-semibold text-slate-900" translate="no">
            {user.name}
          </span>
          <span className="block truncate" translate="no">
            {user.email}
          </span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate(paths.account.href())}>
          <KeyRound aria-hidden="true" className="size-4" /> {t('shell.userMenu.account')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate(paths.library.href())}>
          <Library aria-hidden="true" className="size-4" /> {t('shell.library')}
        </MenuItem>
        {(user.isAdmin || user.partnershipStaff === true) && (
          <MenuItem onSelect={() => void navigate(paths.partnership.href())}>
            <LayoutGrid aria-hidden="true" className="size-4" /> {t('shell.partnershipDashboard')}
          </MenuItem>
        )}
        {user.isAdmin && (
          <>
            <MenuItem onSelect={() => void navigate(paths.adminUsers.href())}>
              <Users aria-hidden="true" className="size-4" /> {t('shell.adminTabs.users')}
            </MenuItem>
            <MenuItem onSelect={() => void navigate(paths.adminActivity.href())}>
              <Shield aria-hidden="true" className="size-4" /> {t('shell.adminTabs.activity')}
            </MenuItem>
            <MenuSeparator />
          </>
        )}
        <MenuItem onSelect={() => void onSignOut()} disabled={signingOut}>
          <LogOut aria-hidden="true" className="size-4" /> {t('shell.userMenu.signOut')}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
