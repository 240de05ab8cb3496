import { CHARTER_SECTION_INFO } from '../../../shared/domain/charter.ts';
import { CHARTER_ROLE_LABELS, CHARTER_ROLES, CHARTER_SECTIONS, type CharterContent } from '../../../shared/schemas/charter.ts';
import { EmptyState } from '../../components/ui/states.tsx';
import { personName } from './labels.ts';
import { ProseMarkdown } from '../../components/ui/prose-markdown.tsx';

/** A version of the charter as a reader sees it: each written section under its title, roles by name. */
export function CharterDocument({ content, names }: { content: CharterContent; names: Record<string, string> }) {
  const written = CHARTER_SECTIONS.filter((s) => content.sections[s].trim() !== '');
  const anyoneNamed = CHARTER_ROLES.some((r) => content.people[r]);
  if (written.length === 0 && !anyoneNamed) return <EmptyState>Nothing has been written in this version yet.</EmptyState>;

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
              {CHARTER_SECTION_INFO[section].title}
            </h3>
            {isRoles && (
              <dl className="grid gap-3 sm:grid-cols-3">
                {CHARTER_ROLES.map((role) => (
                  <div key={role} className="rounded-lg bg-slate-50 p-3 print:bg-transparent print:p-0">
                    <dt className="text-sm font-medium text-slate-600">{CHARTER_ROLE_LABELS[role]}</dt>
                    <dd className={content.people[role] ? 'font-medium text-slate-900' : 'text-slate-600'}>
                      {personName(content.people[role], names)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {written.includes(section) && <ProseMarkdown text={content.sections[section]} />}
          </section>
        );
      })}
    </div>
  );
}
