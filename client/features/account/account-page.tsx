import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { useMe } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CalendarFeed } from './calendar-feed.tsx';
import { LanguageForm } from './language-form.tsx';
import { NameForm } from './name-form.tsx';
import { NotificationSettings } from './notification-settings.tsx';
import { PasswordForm } from './password-form.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';

/** The signed-in person's own name, password, language, notifications, calendar feed and sessions, under the account menu. */
export function AccountPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('page.title'));
  const me = useMe();
  if (!me.data) return <LoadingState />; // the route's guard has loaded it already
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t('page.title')} description={t('page.signsInAs', { email: me.data.email })} />
      <div className="space-y-6">
        <SectionCard title={t('page.name')}>
          <NameForm name={me.data.name} />
        </SectionCard>
        <SectionCard title={t('page.password')}>
          <PasswordForm />
        </SectionCard>
        <SectionCard title={t('language.title')}>
          <LanguageForm language={me.data.language} />
        </SectionCard>
        <SectionCard title={t('notifications.title')}>
          <NotificationSettings />
        </SectionCard>
        <SectionCard title={t('calendar.title')}>
          <CalendarFeed />
        </SectionCard>
        <SectionCard title={t('signOutEverywhere.title')}>
          <SignOutEverywhere />
        </SectionCard>
      </div>
    </div>
  );
}
