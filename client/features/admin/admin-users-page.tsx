import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Field } from '../../components/ui/field.tsx';
import { Input } from '../../components/ui/input.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/states.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { UserRow } from './user-row.tsx';

export function AdminUsersPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const trpc = useTRPC();
  // The search lives in the address, so a reload keeps it.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() !== search) setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, search, setParams]);

  const users = useQuery({ ...trpc.admin.users.queryOptions(search ? { search } : {}), placeholderData: keepPreviousData });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
      />
      <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 max-w-sm">
        <Field label={t('users.search')}>
          {(p) => (
            <div className="relative">
              <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-600" />
              <Input {...p} type="search" className="pl-9" value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={100} />
              {users.isFetching && !users.isPending && <Spinner className="absolute top-1/2 right-3 -translate-y-1/2 text-slate-600" />}
            </div>
          )}
        </Field>
      </form>
      {users.isPending && <LoadingState label={t('users.loading')} />}
      {users.isError && <ErrorState message={errorMessage(users.error)} onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && <EmptyState>{search ? t('users.noMatch', { search }) : t('users.empty')}</EmptyState>}
      {users.data && users.data.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-xs">
          {users.data.map((u) => (
            <UserRow key={u.id} user={u} />
          ))}
        </ul>
      )}
    </>
  );
}
