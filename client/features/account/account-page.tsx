import { PageHeader } from '../../components/ui/page-header.tsx';
import { SectionCard } from '../../components/ui/card.tsx';
import { LoadingState } from '../../components/ui/states.tsx';
import { useMe } from '../../lib/session.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NameForm } from './name-form.tsx';
import { PasswordForm } from './password-form.tsx';

/** The signed-in person's own name and password, under the account menu. */
export function AccountPage() {
  usePageTitle('Your name and password');
  const me = useMe();
  if (!me.data) return <LoadingState />; // the route's guard has loaded it already
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Your name and password" description={`You sign in as ${me.data.email}.`} />
      <div className="space-y-6">
        <SectionCard title="Name">
          <NameForm name={me.data.name} />
        </SectionCard>
        <SectionCard title="Password">
          <PasswordForm />
        </SectionCard>
      </div>
    </div>
  );
}
