import { eq, sql } from 'drizzle-orm';
import { imageTypeOf, MAX_LOGO_BYTES } from '../../shared/domain/image-type.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { partnership } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { wordsFor } from '../i18n.ts';
import { recordAudit } from './audit.ts';
import { assertVersion } from './versions.ts';

// The partnership is one row, id 1, that does not exist until an admin first saves it (or gives it
// a logo). Until it has a name, readers get a neutral one in their language ("The partnership")
// and `named: false`, so emails and the report card can leave it out rather than print a
// placeholder. `version` counts saves of the words and origins (0: never saved); a logo change
// does not count, so choosing a logo never makes the open form stale.

const ID = 1;
export const LOGO_PATH = '/api/partnership/logo';

export type Partnership = {
  name: string;
  named: boolean;
  description: string;
  community: string;
  embedOrigins: string[];
  hasLogo: boolean;
  /** The logo's address, changed whenever the logo is (so a cached old one is never shown); null without one. */
  logoUrl: string | null;
  version: number;
};

function row(db: DbOrTx) {
  return db
    .select({
      name: partnership.name,
      description: partnership.description,
      community: partnership.community,
      embedOrigins: partnership.embedOrigins,
      logoType: partnership.logoType,
      version: partnership.version,
      updatedAt: partnership.updatedAt,
    })
    .from(partnership)
    .where(eq(partnership.id, ID))
    .get();
}

export function getPartnership(db: DbOrTx, lang: string): Partnership {
  const found = row(db);
  const named = Boolean(found?.name);
  return {
    name: named ? found!.name : (wordsFor(lang).t('admin:partnership.defaultName') as string),
    named,
    description: found?.description ?? '',
    community: found?.community ?? '',
    embedOrigins: found?.embedOrigins ?? [],
    hasLogo: Boolean(found?.logoType),
    logoUrl: found?.logoType ? `${LOGO_PATH}?v=${found.updatedAt.getTime()}` : null,
    version: found?.version ?? 0,
  };
}

/** The partnership's own name, or null before an admin gave it one (emails then say just "Needle"). */
export function partnershipName(db: DbOrTx): string | null {
  return db.select({ name: partnership.name }).from(partnership).where(eq(partnership.id, ID)).get()?.name || null;
}

type SaveInput = { name: string; description: string; community: string; embedOrigins: string[]; version: number };

export function savePartnership(db: Db, actor: SessionUser, lang: string, input: SaveInput): Partnership {
  return db.transaction((tx) => {
    const current = row(tx);
    assertVersion(current?.version ?? 0, input.version, { key: 'errors:partnership.changedMeanwhile' });
    const { name, description, community, embedOrigins } = input;
    const values = { name, description, community, embedOrigins, version: input.version + 1, updatedAt: new Date() };
    tx.insert(partnership)
      .values({ id: ID, ...values })
      .onConflictDoUpdate({ target: partnership.id, set: values })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'partnership.update',
      entityType: 'partnership',
      entityId: ID,
      detail: { name, embedOrigins: embedOrigins.length, from: current?.name ?? null },
    });
    return getPartnership(tx, lang);
  });
}

/** The bytes must be a PNG, JPEG or WebP by their own first bytes, whatever the upload said. */
export function setLogo(db: Db, actor: SessionUser, bytes: Uint8Array): { logoUrl: string } {
  if (bytes.length === 0) throw new AppError('LOGO_REFUSED', { key: 'errors:partnership.logoEmpty' });
  if (bytes.length > MAX_LOGO_BYTES) throw new AppError('LOGO_TOO_LARGE');
  const type = imageTypeOf(bytes);
  if (!type) throw new AppError('LOGO_REFUSED');
  return db.transaction((tx) => {
    const logo = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // A logo before any save makes the row with no name and version 0: the form stays current.
    tx.insert(partnership)
      .values({ id: ID, name: '', version: 0, logo, logoType: type, updatedAt: new Date() })
      .onConflictDoUpdate({ target: partnership.id, set: { logo, logoType: type, updatedAt: sql`max(${partnership.updatedAt} + 1, unixepoch('subsec') * 1000)` } })
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'partnership.setLogo', entityType: 'partnership', entityId: ID, detail: { type, bytes: bytes.length } });
    return { logoUrl: getPartnership(tx, 'en').logoUrl! };
  });
}

export function removeLogo(db: Db, actor: SessionUser): void {
  db.transaction((tx) => {
    const removed = tx
      .update(partnership)
      .set({ logo: null, logoType: null, updatedAt: new Date() })
      .where(sql`${partnership.id} = ${ID} and ${partnership.logoType} is not null`)
      .returning({ id: partnership.id })
      .get();
    // Removing what is not there changes nothing and is not worth a line in the log.
    if (removed) recordAudit(tx, { actorId: actor.id, action: 'partnership.removeLogo', entityType: 'partnership', entityId: ID });
  });
}

export function readLogo(db: DbOrTx): { bytes: Buffer; type: string; version: number } | null {
  const found = db
    .select({ logo: partnership.logo, logoType: partnership.logoType, updatedAt: partnership.updatedAt })
    .from(partnership)
    .where(eq(partnership.id, ID))
    .get();
  if (!found?.logo || !found.logoType) return null;
  return { bytes: found.logo, type: found.logoType, version: found.updatedAt.getTime() };
}
