import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MessagePage } from '../components/ui/message-page.tsx';
import { TabNav } from '../components/ui/tab-nav.tsx';
import { useMe } from '../lib/session.ts';
import { paths } from './paths.ts';

/** Site administration: only for site admins, with its own small navigation. */
export function AdminLayout() {
  const { t } = useTranslation(['common', 'admin']);
  const me = useMe();
  if (!me.data?.isAdmin) {
    return (
      <MessagePage title={t('shell.adminOnly.title')}>{t('shell.adminOnly.body')}</MessagePage>
    );
  }
  return (
    <>
      <TabNav
        label={t('shell.administration')}
        tabs={[
          { to: paths.adminUsers.href(), label: t('shell.adminTabs.users') },
          { to: paths.adminActivity.href(), label: t('shell.adminTabs.activity') },
          { to: paths.adminMail.href(), label: t('admin:mail.tab'), from: 'tablet' },
          { to: paths.adminPartnership.href(), label: t('admin:partnership.tab'), from: 'tablet' },
        ]}
      />
      <Outlet />
    </>
  );
}
