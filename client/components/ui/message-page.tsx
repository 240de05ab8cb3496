import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClasses } from './button.tsx';

/** A whole-page explanation (not found, not allowed) with a way back. */
export function MessagePage({ title, children, headingLevel = 1 }: { title: string; children: ReactNode; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · Needle`;
  }, [title]);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="mx-auto max-w-lg py-10 text-center">
      <Heading className="text-2xl font-semibold tracking-tight text-slate-900">{title}</Heading>
      <div className="mt-3 text-slate-700">{children}</div>
      <Link to="/" className={buttonClasses('primary', 'md', 'mt-6 no-underline hover:no-underline')}>
        {t('shell.goHome')}
      </Link>
    </div>
  );
}
