import { Outlet } from 'react-router';
import { MessagePage } from '../components/ui/message-page.tsx';
import { TabNav } from '../components/ui/tab-nav.tsx';
import { useMe } from '../lib/session.ts';

const TABS = [
  { to: '/admin/users', label: 'People and accounts' },
  { to: '/admin/activity', label: 'Activity log' },
];

/** Site administration: only for site admins, with its own small navigation. */
export function AdminLayout() {
  const me = useMe();
  if (!me.data?.isAdmin) {
    return (
      <MessagePage title="For site administrators only">
        This page is for the people who run Needle for the partnership. Ask a site administrator if you need something
        changed.
      </MessagePage>
    );
  }
  return (
    <>
      <TabNav label="Administration" tabs={TABS} />
      <Outlet />
    </>
  );
}
