import { z } from 'zod';
import { CHARTER_ROLES, changeNoteSchema, charterContentSchema, type CharterContent, type CharterRole } from '../../../shared/schemas/charter.ts';

// The form keeps the save input's shape (content.sections.aim, content.people.convener,
// changeNote) so the server's field errors land on the right control. Only the role selects
// differ: a <select> holds '' for "nobody", the API null.
export const charterFormSchema = z.object({
  content: z.object({
    sections: charterContentSchema.shape.sections,
    people: z.object(Object.fromEntries(CHARTER_ROLES.map((r) => [r, z.string()])) as Record<CharterRole, z.ZodString>),
  }),
  changeNote: changeNoteSchema,
});

export type CharterFormValues = z.input<typeof charterFormSchema>;
type FormContent = CharterFormValues['content'];

export function toFormContent(content: CharterContent): FormContent {
  return {
    sections: { ...content.sections },
    people: Object.fromEntries(CHARTER_ROLES.map((r) => [r, content.people[r] ?? ''])) as FormContent['people'],
  };
}

export function fromFormContent(content: FormContent): CharterContent {
  return {
    sections: { ...content.sections },
    people: Object.fromEntries(CHARTER_ROLES.map((r) => [r, content.people[r] || null])) as CharterContent['people'],
  };
}
