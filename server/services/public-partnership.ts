import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/types.ts';
import { partnership } from '../db/schema.ts';

// What the public pages show of the partnership, read straight from its one row (id 1). The row
// may not exist yet (no administrator has named the partnership): the pages then stay neutral.

const PARTNERSHIP_ID = 1;
/** The image types a browser shows from a data: address in an <img>; nothing that runs script. */
const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

export type PublicPartnership = { name: string; description: string; community: string; logo: string | null };

/** The partnership's name, words and logo (as a data: address, so the report card is one request); null when it is not set up. */
export function publicPartnership(db: DbOrTx): PublicPartnership | null {
  const row = db
    .select({ name: partnership.name, description: partnership.description, community: partnership.community, logo: partnership.logo, logoType: partnership.logoType })
    .from(partnership)
    .where(eq(partnership.id, PARTNERSHIP_ID))
    .get();
  if (!row) return null;
  const logo = row.logo && row.logo.length > 0 && row.logoType && LOGO_TYPES.has(row.logoType) ? `data:${row.logoType};base64,${Buffer.from(row.logo).toString('base64')}` : null;
  return { name: row.name, description: row.description, community: row.community, logo };
}

/** The partnership's name and description, for the report card's link preview. */
export function partnershipSummary(db: DbOrTx): { name: string; description: string } | null {
  return db.select({ name: partnership.name, description: partnership.description }).from(partnership).where(eq(partnership.id, PARTNERSHIP_ID)).get() ?? null;
}

/** The partnership's name alone, for the public pages' link back to the report card. */
export function partnershipName(db: DbOrTx): string | null {
  return db.select({ name: partnership.name }).from(partnership).where(eq(partnership.id, PARTNERSHIP_ID)).get()?.name ?? null;
}

/** The origins an administrator allowed to frame the public pages; [] without the row. */
export function partnershipEmbedOrigins(db: DbOrTx): string[] {
  return db.select({ origins: partnership.embedOrigins }).from(partnership).where(eq(partnership.id, PARTNERSHIP_ID)).get()?.origins ?? [];
}
