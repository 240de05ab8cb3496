import { charterSectionInfo, type CharterPart } from '../../../shared/domain/charter.ts';
import type { CharterRole, CharterSection } from '../../../shared/schemas/charter.ts';
import type { Words } from '../../../shared/i18n/words.ts';

/** What a person calls a part of the charter: a section's title, or a role's name. */
export function partTitle(w: Words, part: CharterPart): string {
  if (part.startsWith('people.')) return w.t('charter:part.role', { role: w.t(`labels.charterRole.${part.slice(7) as CharterRole}`) });
  return charterSectionInfo(w, part as CharterSection).title;
}

export function isPeoplePart(part: CharterPart): boolean {
  return part.startsWith('people.');
}

/** A person named in a role, by name; ids from an older version may belong to someone who has left. */
export function personName(w: Words, id: string | null, names: Record<string, string>): string {
  if (!id) return w.t('charter:person.notNamed');
  return names[id] ?? w.t('charter:person.gone');
}

/** An author or reviewer whose account is gone still needs a word in a sentence. */
export function who(w: Words, name: string | null | undefined): string {
  return name ?? w.t('charter:person.someone');
}

/** "10:42" for earlier today, a date and time otherwise: how people remember when they typed something. */
export function formatWhen(w: Words, d: Date, now = new Date()): string {
  return d.toDateString() === now.toDateString() ? w.f.time(d) : w.f.dateTime(d);
}
