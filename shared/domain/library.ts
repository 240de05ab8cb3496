// The learning library's "scale reached": how far a network took a change idea. A ramp is a series
// of cycles testing one idea, each at a larger scale than the one before, so the most cycles of the
// idea in one ramp says how far it went; a cycle outside any ramp counts as one on its own.

export const SCALE_LEVELS = ['tested', 'ramped', 'ramped3'] as const;
export type ScaleLevel = (typeof SCALE_LEVELS)[number];

/** The least scale (cycles in one ramp) each filter asks for: the filter is "at least". */
export const SCALE_MINIMUM: Record<ScaleLevel, number> = { tested: 1, ramped: 2, ramped3: 3 };

/** The most cycles of the idea in one ramp; 1 when none of its cycles is in a ramp; 0 with no cycles. */
export function scaleReached(cycles: readonly { rampId: number | null }[]): number {
  const perRamp = new Map<number, number>();
  let best = 0;
  for (const c of cycles) {
    if (c.rampId === null) best = Math.max(best, 1);
    else {
      const n = (perRamp.get(c.rampId) ?? 0) + 1;
      perRamp.set(c.rampId, n);
      best = Math.max(best, n);
    }
  }
  return best;
}

/** The highest level a scale reaches; null for an idea not tested yet. */
export function scaleLevel(scale: number): ScaleLevel | null {
  if (scale >= SCALE_MINIMUM.ramped3) return 'ramped3';
  if (scale >= SCALE_MINIMUM.ramped) return 'ramped';
  if (scale >= SCALE_MINIMUM.tested) return 'tested';
  return null;
}

/**
 * The drivers a copied change idea may hang under, by the plan's own rule (a change idea goes only
 * under a secondary driver, see childKind): the plan's active secondary drivers, in diagram order.
 */
export function copyTargets<N extends { id: number; kind: string; retiredAt: unknown; parentId: number | null }>(nodes: readonly N[]): N[] {
  const retired = new Set(nodes.filter((n) => n.retiredAt).map((n) => n.id));
  // A driver under a retired primary is out of the diagram too.
  return nodes.filter((n) => n.kind === 'secondary' && !n.retiredAt && (n.parentId === null || !retired.has(n.parentId)));
}

/** The library's page size. */
export const LIBRARY_PAGE_SIZE = 20;
