import type { RouterOutputs } from '../../lib/trpc.ts';

export type CharterVersionSummary = RouterOutputs['charter']['versions'][number];

/** The version in force: the one ratified last (a later ratification replaces an earlier one). */
export function versionInForce(versions: CharterVersionSummary[]): number | null {
  const ratifications = versions.flatMap((v) => v.reviews).filter((r) => r.decision === 'ratified');
  ratifications.sort((a, b) => a.at.getTime() - b.at.getTime());
  return ratifications.at(-1)?.version ?? null;
}

/** What a lead usually wants to compare: the charter in force against the newest version. */
export function defaultComparison(versions: CharterVersionSummary[]): { from: number; to: number } | null {
  const newest = versions[0]?.number;
  if (newest === undefined || versions.length < 2) return null;
  const inForce = versionInForce(versions);
  return { from: inForce !== null && inForce !== newest ? inForce : versions[1]!.number, to: newest };
}
