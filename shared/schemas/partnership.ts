import { z } from 'zod';
import { checkEmbedOrigins, MAX_ORIGIN_LENGTH } from '../domain/embed-origins.ts';
import { message } from '../i18n/message.ts';

/**
 * The origins as the admin typed them, one a line: each must be a bare origin; the result is the
 * distinct origins, normalized. A wrong line is named in the message, on the one field.
 */
export const embedOriginsSchema = z
  .array(z.string().max(MAX_ORIGIN_LENGTH + 100, message('validation:partnership.originTooLong')), { message: message('validation:partnership.originsList') })
  .max(200, message('validation:partnership.tooManyOrigins', { max: 20 }))
  .transform((lines, ctx) => {
    const checked = checkEmbedOrigins(lines);
    if (checked.ok) return checked.origins;
    ctx.addIssue({
      code: 'custom',
      message:
        checked.problem === 'tooMany'
          ? message('validation:partnership.tooManyOrigins', { max: 20 })
          : message('validation:partnership.notAnOrigin', { text: checked.text }),
    });
    return z.NEVER;
  });

export const partnershipFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, message('validation:partnership.giveItAName'))
    .max(120, message('validation:partnership.nameTooLong', { max: 120 })),
  description: z.string().trim().max(1000, message('validation:partnership.descriptionTooLong', { max: 1000 })),
  community: z.string().trim().max(200, message('validation:partnership.communityTooLong', { max: 200 })),
  embedOrigins: embedOriginsSchema,
});
export type PartnershipFields = z.input<typeof partnershipFields>;

/** `version` is the one the form was loaded from; 0 before the partnership was ever saved. */
export const partnershipSaveInput = partnershipFields.extend({
  version: z.number({ message: message('validation:partnership.reloadThePage') }).int().min(0),
});
