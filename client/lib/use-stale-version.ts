import { useState } from 'react';

/**
 * Conflict handling for a form that saves against a version. It holds the version this person
 * last saw, which the next save names; once a save is refused because someone saved first, it
 * builds on the newest version and keeps what they saved (`theirs`) for the notice. Loading theirs
 * or saving mine anyway both close the notice, so every later save is a knowing one.
 */
export function useStaleVersion<V, T = undefined>(opened: V) {
  const [seen, setSeen] = useState(opened);
  // Boxed, so a refusal with nothing to show (theirs undefined) still counts as stale.
  const [refusal, setRefusal] = useState<{ theirs: T | undefined } | null>(null);
  return {
    seen,
    stale: refusal !== null,
    theirs: refusal?.theirs,
    /** A save was refused as stale: from now on build on `newest` (when it could be loaded). */
    refused(newest: V | undefined, theirs?: T) {
      if (newest !== undefined) setSeen(newest);
      setRefusal({ theirs });
    },
    /** A save begins, or one went through (`next` is the version it made): the notice goes. */
    clear(next?: V) {
      if (next !== undefined) setSeen(next);
      setRefusal(null);
    },
    /** Their version replaces this person's edits, which are dropped. */
    loadTheirs(apply: (theirs: T) => void) {
      if (refusal?.theirs !== undefined) apply(refusal.theirs);
      setRefusal(null);
    },
    /** This person's edits are saved over theirs, on the newest version. */
    saveMine(save: (seen: V) => void) {
      setRefusal(null);
      save(seen);
    },
  };
}
