import { describe, expect, it } from 'vitest';
import { afterSend, backoffMs, entryText, inOrder, nextToSend, outboxCounts, outcomeOf, type OutboxEntry } from '../../shared/domain/outbox.ts';

const entry = (id: string, createdAt: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  v: 1,
  userId: 'mo',
  networkId: 1,
  procedure: 'cycle.quickLog',
  input: {},
  label: id,
  createdAt,
  state: 'waiting',
  attempts: 0,
  lastError: null,
  ...extra,
});

describe('the outbox order', () => {
  it('sends the oldest waiting entry of this person first, and the id breaks a tie', () => {
    const entries = [entry('c', 3), entry('b', 1), entry('a', 1), entry('z', 0, { userId: 'ana' })];
    expect(inOrder(entries).map((e) => e.id)).toEqual(['z', 'a', 'b', 'c']);
    expect(nextToSend(entries, 'mo')?.id).toBe('a');
    expect(nextToSend(entries, 'ana')?.id).toBe('z');
    expect(nextToSend(entries, 'nobody')).toBeNull();
  });

  it('moves past entries that need the person, and resumes one a closed tab was sending', () => {
    const entries = [entry('a', 1, { state: 'failed' }), entry('b', 2, { state: 'conflict' }), entry('c', 3, { state: 'sending' }), entry('d', 4)];
    expect(nextToSend(entries, 'mo')?.id).toBe('c');
    expect(outboxCounts(entries, 'mo')).toEqual({ waiting: 2, needsYou: 2 });
    expect(outboxCounts(entries, 'ana')).toEqual({ waiting: 0, needsYou: 0 });
  });
});

describe('after a send', () => {
  it('sorts the answer: no answer or a server fault waits, a conflict asks, a refusal fails', () => {
    expect(outcomeOf(null, null, 'offline').kind).toBe('transient');
    expect(outcomeOf('INTERNAL_SERVER_ERROR', 500, 'x').kind).toBe('transient');
    expect(outcomeOf('CONFLICT', 409, 'x').kind).toBe('conflict');
    for (const code of ['BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND']) expect(outcomeOf(code, 400, 'x').kind).toBe('refused');
  });

  it('drops a sent entry, counts tries, and keeps the reason', () => {
    const e = entry('a', 1, { state: 'sending' });
    expect(afterSend(e, { kind: 'sent' })).toBeNull();
    expect(afterSend(e, { kind: 'transient', error: 'offline' })).toMatchObject({ state: 'waiting', attempts: 1, lastError: 'offline' });
    expect(afterSend(e, { kind: 'conflict', error: 'changed' })).toMatchObject({ state: 'conflict', lastError: 'changed' });
    expect(afterSend(e, { kind: 'refused', error: 'no' })).toMatchObject({ state: 'failed', lastError: 'no' });
  });

  it('waits longer after each failed try, up to a minute', () => {
    expect([1, 2, 3, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 60_000]);
  });
});

describe('an entry that cannot be sent', () => {
  it('keeps its words to copy, without ids', () => {
    const e = entry('a', 1, { input: { clientId: '0b6f5c1e-6f43-4c59-9a55-2f7de0a3c1a1', title: 'Calendars', questions: [{ question: 'Will they?' }], note: ' ', decision: null } });
    expect(entryText(e)).toBe('Calendars\n\nWill they?');
  });
});
