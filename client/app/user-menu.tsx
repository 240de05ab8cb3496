import { ChevronDown, KeyRound, LogOut, Shield, Users } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../components/ui/menu.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { useSignOut } from '../lib/session.ts';
import { paths } from './paths.ts';

type User = { name: string; email: string; isAdmin: boolean };

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: User }) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [signingOut, setSigningOut] = useState(false);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch (error) {
      window.alert(error instanceof Error ? error.message : 'Signing out did not work. Try again.');
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <Menu>
      <MenuTrigger
        className="ml-auto flex min-h-11 shrink-0 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-accent-100 text-xs font-semibold text-accent-900">
          {signingOut ? <Spinner /> : initials(user.name)}
        </span>
        <span className="sr-only">Account menu: </span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate">{user.name}</span>
        <ChevronDown aria-hidden="true" className="size-4 text-slate-600" />
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>
          <span className="block truncate text-sm font-semibold text-slate-900">{user.name}</span>
          <span className="block truncate">{user.email}</span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem onSelect={() => void navigate(paths.account.href())}>
          <KeyRound aria-hidden="true" className="size-4" /> Name and password
        </MenuItem>
        <MenuSeparator />
        {user.isAdmin && (
          <>
            <MenuItem onSelect={() => void navigate(paths.adminUsers.href())}>
              <Users aria-hidden="true" className="size-4" /> People and accounts
            </MenuItem>
            <MenuItem onSelect={() => void navigate(paths.adminActivity.href())}>
              <Shield aria-hidden="true" className="size-4" /> Activity log
            </MenuItem>
            <MenuSeparator />
          </>
        )}
        <MenuItem onSelect={() => void onSignOut()} disabled={signingOut}>
          <LogOut aria-hidden="true" className="size-4" /> Sign out
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
