import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { changedParts, charterStatus, ratifiedVersion, reviewBlock, type CharterReviewEvent } from '../../shared/domain/charter.ts';
import { CHARTER_ROLES, type CharterContent, type CharterSaveInput } from '../../shared/schemas/charter.ts';
import type { SessionUser } from '../context.ts';
import type { Db } from '../db/client.ts';
import { charterReview, charterVersion, membership, user } from '../db/schema.ts';
import type { DbOrTx } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from './audit.ts';
import { networkSlug, peopleOf } from './notification-recipients.ts';
import { notify } from './notifications.ts';
import { notificationLinks } from '../../shared/domain/notification-links.ts';
import type { NetworkAccess } from '../trpc.ts';
import { assertVersion } from './versions.ts';

function latestNumber(db: DbOrTx, networkId: number): number {
  return db.select({ n: max(charterVersion.number) }).from(charterVersion).where(eq(charterVersion.networkId, networkId)).get()?.n ?? 0;
}

function reviews(db: DbOrTx, networkId: number) {
  return db
    .select({
      version: charterReview.versionNumber,
      decision: charterReview.decision,
      comment: charterReview.comment,
      at: charterReview.createdAt,
      reviewerName: user.name,
    })
    .from(charterReview)
    .leftJoin(user, eq(user.id, charterReview.reviewerId))
    .where(eq(charterReview.networkId, networkId))
    .orderBy(asc(charterReview.id))
    .all();
}

function versionRow(db: DbOrTx, networkId: number, number: number) {
  const row = db
    .select({
      number: charterVersion.number,
      content: charterVersion.content,
      changeNote: charterVersion.changeNote,
      createdAt: charterVersion.createdAt,
      authorName: user.name,
    })
    .from(charterVersion)
    .leftJoin(user, eq(user.id, charterVersion.authorId))
    .where(and(eq(charterVersion.networkId, networkId), eq(charterVersion.number, number)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', { key: 'errors:charter.noVersion', values: { number } });
  return row;
}

/** Names for the people a charter names in its roles, including any who have since left. */
function peopleNames(db: DbOrTx, contents: CharterContent[]): Record<string, string> {
  const ids = [...new Set(contents.flatMap((c) => CHARTER_ROLES.map((r) => c.people[r]).filter((id): id is string => !!id)))];
  if (!ids.length) return {};
  return Object.fromEntries(db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids)).all().map((u) => [u.id, u.name]));
}

/** The charter as the network sees it: the version in force, the newest draft, and where it stands. */
export function getCharter(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const latest = latestNumber(db, networkId);
  const history = reviews(db, networkId);
  const status = charterStatus(latest, history);
  const ratifiedNumber = ratifiedVersion(history);
  const latestVersion = latest ? versionRow(db, networkId, latest) : null;
  const ratifiedRow = ratifiedNumber ? versionRow(db, networkId, ratifiedNumber) : null;
  const ratification = history.filter((r) => r.decision === 'ratified').at(-1) ?? null;
  const lastReturn = status.kind === 'returned' ? history.filter((r) => r.version === latest).at(-1)! : null;
  return {
    status,
    latest: latestVersion,
    ratified: ratifiedRow && ratification ? { ...ratifiedRow, ratifiedAt: ratification.at, ratifiedBy: ratification.reviewerName, note: ratification.comment } : null,
    lastReturn: lastReturn && { comment: lastReturn.comment, at: lastReturn.at, by: lastReturn.reviewerName },
    names: peopleNames(db, [latestVersion, ratifiedRow].filter((v) => v !== null).map((v) => v.content)),
  };
}

export function listCharterVersions(db: Db, _actor: SessionUser, { networkId }: NetworkAccess) {
  const history = reviews(db, networkId);
  return db
    .select({ number: charterVersion.number, changeNote: charterVersion.changeNote, createdAt: charterVersion.createdAt, authorName: user.name })
    .from(charterVersion)
    .leftJoin(user, eq(user.id, charterVersion.authorId))
    .where(eq(charterVersion.networkId, networkId))
    .orderBy(desc(charterVersion.number))
    .all()
    .map((v) => ({ ...v, reviews: history.filter((r) => r.version === v.number) }));
}

export function getCharterVersion(db: Db, _actor: SessionUser, { networkId }: NetworkAccess, input: { version: number }) {
  const row = versionRow(db, networkId, input.version);
  return { ...row, names: peopleNames(db, [row.content]) };
}

function assertPeopleAreMembers(db: DbOrTx, networkId: number, content: CharterContent) {
  for (const role of CHARTER_ROLES) {
    const id = content.people[role];
    if (!id) continue;
    const found = db
      .select({ id: membership.id })
      .from(membership)
      .where(and(eq(membership.networkId, networkId), eq(membership.userId, id)))
      .get();
    if (!found) throw new AppError('NOT_FOUND', { key: 'errors:charter.chooseSomeoneFromTheNetwork', field: `content.people.${role}` });
  }
}

/**
 * Saves a new version. `baseVersion` is the version the editor started from: if someone saved
 * since, nothing is written and the editor gets STALE_VERSION to merge against the newest.
 */
export function saveCharter(db: Db, actor: SessionUser, { networkId }: NetworkAccess, input: Omit<CharterSaveInput, 'networkId'>) {
  return db.transaction((tx) => {
    const latest = latestNumber(tx, networkId);
    assertVersion(latest, input.baseVersion, { key: 'errors:charter.savedMeanwhile' });
    if (latest > 0 && changedParts(versionRow(tx, networkId, latest).content, input.content).length === 0) {
      throw new AppError('CHARTER_UNCHANGED', { key: 'errors:charter.unchangedSince', values: { number: latest } });
    }
    assertPeopleAreMembers(tx, networkId, input.content);
    const number = latest + 1;
    tx.insert(charterVersion)
      .values({ networkId, number, content: input.content, changeNote: input.changeNote, authorId: actor.id })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'charter.save',
      entityType: 'charter_version',
      entityId: `${networkId}:${number}`,
      networkId,
      detail: { version: number, changeNote: input.changeNote },
    });
    // Each saved version is the one proposed for ratification (charterStatus: draft).
    notify(tx, {
      userIds: peopleOf(tx, networkId, ['lead']),
      event: 'charter_proposed',
      networkId,
      actorId: actor.id,
      detail: { version: number },
      link: notificationLinks.charter(networkSlug(tx, networkId)),
    });
    return { version: number };
  });
}

export function reviewCharter(
  db: Db,
  actor: SessionUser,
  { networkId }: NetworkAccess,
  input: { version: number; decision: 'ratified' | 'returned'; comment: string | null },
) {
  return db.transaction((tx) => {
    const latest = latestNumber(tx, networkId);
    if (input.version > latest) throw new AppError('NOT_FOUND', { key: 'errors:charter.noVersion', values: { number: input.version } });
    const history: CharterReviewEvent[] = reviews(tx, networkId);
    const block = reviewBlock(latest, input.version, history);
    if (block) throw new AppError('CHARTER_REVIEW_REFUSED', block);
    tx.insert(charterReview)
      .values({ networkId, versionNumber: input.version, decision: input.decision, comment: input.comment, reviewerId: actor.id })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      action: input.decision === 'ratified' ? 'charter.ratify' : 'charter.return',
      entityType: 'charter_version',
      entityId: `${networkId}:${input.version}`,
      networkId,
      detail: { version: input.version, comment: input.comment },
    });
    const proposer = tx
      .select({ id: charterVersion.authorId })
      .from(charterVersion)
      .where(and(eq(charterVersion.networkId, networkId), eq(charterVersion.number, input.version)))
      .get()?.id;
    notify(tx, {
      userIds: [...peopleOf(tx, networkId, ['facilitator']), ...(proposer ? [proposer] : [])],
      event: input.decision === 'ratified' ? 'charter_ratified' : 'charter_returned',
      networkId,
      actorId: actor.id,
      detail: { version: input.version },
      link: notificationLinks.charter(networkSlug(tx, networkId)),
    });
    return { version: input.version, decision: input.decision };
  });
}
