import { asc, eq } from 'drizzle-orm';
import type { Words } from '../../shared/i18n/words.ts';
import { OUTCOME_AREAS } from '../../shared/schemas/network.ts';
import type { DbOrTx } from '../db/types.ts';
import { network } from '../db/schema.ts';
import { publicIndicators } from './public-page.ts';
import { publicPartnership } from './public-partnership.ts';

// The partnership's public report card: every network whose public page is on, grouped by outcome
// area in the areas' own order, each showing what its public page shows of its outcome (the same
// function builds both). No people, no private notes; small groups are withheld by the same rules.

export function getReportCard(db: DbOrTx, w: Words, now = Date.now()) {
  const networks = db
    .select({ id: network.id, name: network.name, slug: network.slug, outcomeArea: network.outcomeArea })
    .from(network)
    .where(eq(network.publicReport, true))
    .orderBy(asc(network.name), asc(network.id))
    .all();
  const areas = OUTCOME_AREAS.flatMap((area) => {
    const inArea = networks.filter((n) => n.outcomeArea === area);
    if (inArea.length === 0) return [];
    return [{ area, networks: inArea.map((n) => ({ name: n.name, slug: n.slug, outcome: publicIndicators(db, n.id, w, now).indicator })) }];
  });
  return { partnership: publicPartnership(db), areas };
}
