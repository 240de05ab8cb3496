import { CHARTER_SECTION_INFO, type CharterPart } from '../../../shared/domain/charter.ts';
import { CHARTER_ROLE_LABELS, type CharterRole, type CharterSection } from '../../../shared/schemas/charter.ts';
import { formatDateTime, formatTime } from '../../../shared/format/dates.ts';

/** What a person calls a part of the charter: a section's title, or a role's name. */
export function partTitle(part: CharterPart): string {
  if (part.startsWith('people.')) return `${CHARTER_ROLE_LABELS[part.slice(7) as CharterRole]} (role)`;
  return CHARTER_SECTION_INFO[part as CharterSection].title;
}

export function isPeoplePart(part: CharterPart): boolean {
  return part.startsWith('people.');
}

/** A person named in a role, by name; ids from an older version may belong to someone who has left. */
export function personName(id: string | null, names: Record<string, string>): string {
  if (!id) return 'Not named yet';
  return names[id] ?? 'Someone no longer in Needle';
}

/** An author or reviewer whose account is gone still needs a word in a sentence. */
export function who(name: string | null | undefined): string {
  return name ?? 'Someone';
}

/** "10:42" for earlier today, a date and time otherwise: how people remember when they typed something. */
export function formatWhen(d: Date, now = new Date()): string {
  return d.toDateString() === now.toDateString() ? formatTime(d) : formatDateTime(d);
}
