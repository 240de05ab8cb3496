/**
 * How a document splits into named parts for merging: each part reads as a comparable value
 * (two documents agree on a part when the values are ===), and can be copied from one document
 * into another. A part's value is where equivalences live, e.g. a list whose order is meaningless
 * reads as the sorted list.
 */
export type PartLens<T, P extends string> = {
  readonly parts: readonly P[];
  value(doc: T, part: P): string | null;
  /** `doc` with `part` taken from `source`. */
  take(doc: T, source: T, part: P): T;
};

export type MergeResult<T, P extends string> = {
  /** Theirs, with every part only I changed taken from mine; theirs stands where we conflict. */
  merged: T;
  /** Parts both sides changed to different values, in the lens's order: the person decides. */
  conflicts: P[];
};

/**
 * The no-lost-edit rule for a save made from an old version: `base` is what the editor started
 * from, `mine` what they tried to save, `theirs` the newest saved. A part only one side changed
 * needs no decision; a part both changed differently is a conflict.
 */
export function threeWayMerge<T, P extends string>(lens: PartLens<T, P>, base: T, mine: T, theirs: T): MergeResult<T, P> {
  let merged = theirs;
  const conflicts: P[] = [];
  for (const part of lens.parts) {
    const b = lens.value(base, part);
    const m = lens.value(mine, part);
    const t = lens.value(theirs, part);
    if (m === b || m === t) continue; // I did not change it, or we agree
    if (t === b) merged = lens.take(merged, mine, part); // only I changed it
    else conflicts.push(part);
  }
  return { merged, conflicts };
}

/** The parts on which two documents differ, in the lens's order. */
export function changedParts<T, P extends string>(lens: PartLens<T, P>, a: T, b: T): P[] {
  return lens.parts.filter((p) => lens.value(a, p) !== lens.value(b, p));
}
