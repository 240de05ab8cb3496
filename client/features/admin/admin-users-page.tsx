import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
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
  usePageTitle('People and accounts');
  const trpc = useTRPC();
  // The search lives in the address, so a reload keeps it.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);

  useEffect(() => {
    const t = setTimeout(() => {
      if (typed.trim() !== search) setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
    }, 250);
    return () => clearTimeout(t);
  }, [typed, search, setParams]);

  const users = useQuery({ ...trpc.admin.users.queryOptions(search ? { search } : {}), placeholderData: keepPreviousData });

  return (
    <>
      <PageHeader
        title="People and accounts"
        description="Everyone with a Needle account. Deactivating an account signs the person out everywhere; their work stays."
      />
      <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 max-w-sm">
        <Field label="Search by name or email">
          {(p) => (
            <div className="relative">
              <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-600" />
              <Input {...p} type="search" className="pl-9" value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={100} />
              {users.isFetching && !users.isPending && <Spinner className="absolute top-1/2 right-3 -translate-y-1/2 text-slate-600" />}
            </div>
          )}
        </Field>
      </form>
      {users.isPending && <LoadingState label="Loading people" />}
      {users.isError && <ErrorState message={errorMessage(users.error)} onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && <EmptyState>{search ? `Nobody matches “${search}”.` : 'There are no accounts yet.'}</EmptyState>}
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
