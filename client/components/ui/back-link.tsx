import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="inline-flex min-h-11 items-center gap-1.5 text-sm font-medium print:hidden">
      <ArrowLeft aria-hidden="true" className="size-4" />
      {children}
    </Link>
  );
}
