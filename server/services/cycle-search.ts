import { sql } from 'drizzle-orm';
import type { CycleQuestion } from '../../shared/schemas/cycle.ts';
import type { DbOrTx } from '../db/types.ts';

// The FTS5 table `cycle_search` (drizzle/0004_cycle_search.sql) holds each cycle's words by
// stage; its rowid is the cycle's id. Every write to a cycle rewrites its row here, in the same
// transaction, so search never disagrees with the cycles.

type Searchable = {
  id: number;
  title: string;
  objective: string;
  questions: CycleQuestion[];
  planWho: string;
  planWhat: string;
  planWhen: string;
  planWhere: string;
  dataCollection: string;
  scale: string;
  site: string;
  whatHappened: string;
  observations: string;
  surprises: string;
  learning: string;
  nextSteps: string;
};

const join = (...parts: string[]) => parts.filter(Boolean).join('\n');

export function indexCycle(tx: DbOrTx, c: Searchable): void {
  unindexCycle(tx, c.id);
  const plan = join(
    c.objective,
    ...c.questions.flatMap((q) => [q.question, q.prediction]),
    c.planWho,
    c.planWhat,
    c.planWhen,
    c.planWhere,
    c.dataCollection,
    c.scale,
    c.site,
  );
  const study = join(...c.questions.map((q) => q.result), c.learning);
  tx.run(
    sql`insert into cycle_search (rowid, title, plan, do, study, act) values (${c.id}, ${c.title}, ${plan}, ${join(c.whatHappened, c.observations, c.surprises)}, ${study}, ${c.nextSteps})`,
  );
}

export function unindexCycle(tx: DbOrTx, cycleId: number): void {
  tx.run(sql`delete from cycle_search where rowid = ${cycleId}`);
}

/**
 * A person's words as an FTS5 query: every word must appear, each also as a prefix ("read" finds
 * "reading"). Quoting each word keeps FTS5's own syntax (AND, NEAR, *, column filters) out of
 * reach of what people type. Null when there is nothing to search for.
 */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 20) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}
