import { useTranslation } from 'react-i18next';
import { charterSectionInfo } from '../../../shared/domain/charter.ts';
import { CHARTER_ROLES, CHARTER_SECTIONS, type CharterContent } from '../../../shared/schemas/charter.ts';
import { EmptyState } from '../../components/ui/states.tsx';
import { personName } from './labels.ts';
import { ProseMarkdown } from '../../components/ui/prose-markdown.tsx';
import { useWords } from '../../lib/use-words.ts';

/** A version of the charter as a reader sees it: each written section under its title, roles by name. */
export function CharterDocument({ content, names }: { content: CharterContent; names: Record<string, string> }) {
  const { t } = useTranslation(['charter', 'common']);
  const w = useWords('charter');
  const written = CHARTER_SECTIONS.filter((s) => content.sections[s].trim() !== '');
  const anyoneNamed = CHARTER_ROLES.some((r) => content.people[r]);
  if (written.length === 0 && !anyoneNamed) return <EmptyState>{t('document.empty')}</EmptyState>;

  return (
    <div className="space-y-8">
      {CHARTER_SECTIONS.map((section) => {
        // The roles section always shows who holds each role, even with no text of its own.
        const isRoles = section === 'roles';
        if (!written.includes(section) && !(isRoles && anyoneNamed)) return null;
        const headingId = `charter-section-${section}`;
        return (
          <section key={section} aria-labelledby={headingId} className="space-y-3 break-inside-avoid-page">
            <h3 id={headingId} className="text-lg font-semibold text-slate-900 print:break-after-avoid">
              {charterSectionInfo(w, section).title}
            </h3>
            {isRoles && (
              <dl className="grid gap-3 sm:grid-cols-3">
                {CHARTER_ROLES.map((role) => (
                  <div key={role} className="rounded-lg bg-slate-50 p-3 print:bg-transparent print:p-0">
                    <dt className="text-sm font-medium text-slate-600">{t(`common:labels.charterRole.${role}`)}</dt>
                    <dd translate={content.people[role] ? 'no' : undefined} className={content.people[role] ? 'font-medium text-slate-900' : 'text-slate-600'}>
                      {personName(w, content.people[role], names)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {written.includes(section) && (
              <div translate="no">
                <ProseMarkdown text={content.sections[section]} />
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
