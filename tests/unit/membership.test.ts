import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { lastLeadBlock } from '../../shared/domain/membership.ts';
import { translateMessage } from '../../shared/i18n/message.ts';

describe('lastLeadBlock', () => {
  it('refuses to demote or remove the only lead', () => {
    for (const next of ['member', 'facilitator', 'removed'] as const) {
      expect(translateMessage(wordsFor('en').t, lastLeadBlock(1, 'lead', next)!)).toBe('A network needs at least one lead. Make someone else a lead first.');
    }
  });

  it('allows it when another lead remains', () => {
    expect(lastLeadBlock(2, 'lead', 'member')).toBeNull();
    expect(lastLeadBlock(2, 'lead', 'removed')).toBeNull();
  });

  it('never blocks changes to people who are not leads, or a lead staying lead', () => {
    expect(lastLeadBlock(0, 'member', 'removed')).toBeNull();
    expect(lastLeadBlock(1, 'facilitator', 'member')).toBeNull();
    expect(lastLeadBlock(0, 'member', 'lead')).toBeNull();
    expect(lastLeadBlock(1, 'lead', 'lead')).toBeNull();
  });
});
