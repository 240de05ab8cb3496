import { useRef } from 'react';

/**
 * A client id for the record being added: the same one for every retry of it (so a retried add
 * over bad wifi is taken once), a new one once it has gone through.
 */
export function useClientId() {
  const id = useRef(crypto.randomUUID());
  return {
    get current() {
      return id.current;
    },
    next() {
      id.current = crypto.randomUUID();
    },
  };
}
