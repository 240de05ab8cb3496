import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { NeedsYouItem } from '../../shared/domain/needs-you.ts';
import type { Words } from '../../shared/i18n/words.ts';
import type { Db } from '../db/client.ts';
import { membership, network, pdsaCycle, report, reportVersion, user } from '../db/schema.ts';
import { needsYouIn } from '../services/needs-you-facts.ts';
import type { MailBody, Renderer, Site } from './mail-body.ts';
import { isMailOn, queueMail } from './outbox.ts';

const WEEK_MS = 7 * 86_400_000;

/**
 * Queues this week's digest for every active person who asked for one and has had none for seven
 * days. Each person's row and their digest_sent_at change in one transaction, and only while the
 * row still says a digest is due: run twice, or by two workers at once, it queues one. With email
 * off nothing is queued and nothing is marked, so turning email on later starts the digests.
 * Returns how many were queued.
 */
export function enqueueDueDigests(db: Db, now = new Date()): number {
  if (!isMailOn(db)) return 0;
  const cutoff = new Date(now.getTime() - WEEK_MS);
  const due = and(eq(user.weeklyDigest, true), isNull(user.deactivatedAt), or(isNull(user.digestSentAt), lte(user.digestSentAt, cutoff)));
  const people = db.select({ id: user.id, email: user.email, sentAt: user.digestSentAt }).from(user).where(due).orderBy(asc(user.id)).all();
  let queued = 0;
  for (const person of people) {
    db.transaction((tx) => {
      const claimed = tx.update(user).set({ digestSentAt: now }).where(and(eq(user.id, person.id), due)).run();
      if (claimed.changes !== 1) return;
      const since = (person.sentAt ?? cutoff).getTime();
      queueMail(tx, { to: person.email, userId: person.id, payload: { kind: 'digest', since } });
      queued += 1;
    });
  }
  return queued;
}

type Happened = { networkId: number; text: string; path: string };

/** Cycles decided and reports published in the person's networks since the last digest. */
function happenedSince(db: Db, networks: readonly { networkId: number; slug: string }[], since: Date, w: Words): Happened[] {
  const ids = networks.map((n) => n.networkId);
  const slugOf = new Map(networks.map((n) => [n.networkId, n.slug]));
  // A cycle carries no date of its decision; a decided cycle changed since is one decided or revisited since.
  const decided = db
    .select({ id: pdsaCycle.id, networkId: pdsaCycle.networkId, title: pdsaCycle.title, decision: pdsaCycle.decision })
    .from(pdsaCycle)
    .where(and(inArray(pdsaCycle.networkId, ids), isNotNull(pdsaCycle.decision), gte(pdsaCycle.updatedAt, since)))
    .orderBy(desc(pdsaCycle.updatedAt))
    .all();
  // One line per report, however many languages or corrections were published.
  const published = db
    .selectDistinct({ id: report.id, networkId: report.networkId, title: report.title })
    .from(reportVersion)
    .innerJoin(report, eq(report.id, reportVersion.reportId))
    .where(and(inArray(reportVersion.networkId, ids), gte(reportVersion.publishedAt, since)))
    .orderBy(asc(report.id))
    .all();
  return [
    ...decided.map((c) => ({
      networkId: c.networkId,
      text: w.t('notifications:digest.decided', { title: c.title, decision: w.t(`common:labels.decision.${c.decision!}`) }),
      path: `/n/${slugOf.get(c.networkId)}/cycles/${c.id}`,
    })),
    ...published.map((r) => ({
      networkId: r.networkId,
      text: w.t('notifications:digest.published', { title: r.title }),
      path: `/n/${slugOf.get(r.networkId)}/reports/${r.id}`,
    })),
  ];
}

const needText = (item: NeedsYouItem, w: Words) => {
  const kind = w.t(`networks:home.needsYou.kinds.${item.kind}`);
  return item.title ? w.t('notifications:digest.need', { kind, title: item.title }) : kind;
};

/**
 * The weekly digest: what needs the person across their networks (the home's rules) and what
 * happened there since the last one. Nothing to say, or a person who has since turned it off or
 * left: nothing is sent.
 */
export const renderDigest: Renderer<'digest'> = (db, w, payload, site: Site, userId): MailBody | null => {
  if (!userId) return null;
  const person = db.select({ weeklyDigest: user.weeklyDigest, deactivatedAt: user.deactivatedAt }).from(user).where(eq(user.id, userId)).get();
  if (!person?.weeklyDigest || person.deactivatedAt) return null;
  const networks = db
    .select({ networkId: membership.networkId, role: membership.role, slug: network.slug, name: network.name })
    .from(membership)
    .innerJoin(network, eq(network.id, membership.networkId))
    .where(eq(membership.userId, userId))
    .orderBy(sql`${network.name} collate nocase`)
    .all();
  if (networks.length === 0) return null;

  const base = site.baseUrl.replace(/\/+$/, '');
  const since = new Date(payload.since);
  const needs = needsYouIn(db, userId, networks);
  const happened = happenedSince(db, networks, since, w);
  const list: NonNullable<MailBody['list']> = [];
  let needCount = 0;
  for (const n of networks) {
    const items = needs.get(n.networkId) ?? [];
    needCount += items.length;
    if (items.length) list.push({ heading: w.t('notifications:digest.needsYouIn', { network: n.name }), items: items.map((i) => ({ text: needText(i, w), url: base + i.link })) });
  }
  for (const n of networks) {
    const items = happened.filter((h) => h.networkId === n.networkId);
    if (items.length) list.push({ heading: w.t('notifications:digest.happenedIn', { network: n.name }), items: items.map((h) => ({ text: h.text, url: base + h.path })) });
  }
  if (list.length === 0) return null;

  return {
    subject: needCount > 0 ? w.t('notifications:digest.subjectNeeds', { count: needCount, n: w.f.count(needCount) }) : w.t('notifications:digest.subject'),
    lines: [w.t('notifications:digest.intro', { date: w.f.date(since) })],
    action: { label: w.t('notifications:digest.open'), url: `${base}/` },
    list,
    reason: w.t('notifications:digest.reason'),
    unsubscribe: 'digest',
  };
};
