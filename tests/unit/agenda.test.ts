import { describe, expect, it } from 'vitest';
import { agendaNow, parseAgenda } from '../../shared/domain/agenda.ts';

describe('parseAgenda', () => {
  it('reads one item a line, with the time at its end in the ways people write it', () => {
    expect(parseAgenda('Welcome (5 min)\n- Data walk (20 mins)\n2. What we tried 15 min\n\nNext steps (10\')\nAnnouncements')).toEqual([
      { title: 'Welcome', minutes: 5, startsAfter: 0 },
      { title: 'Data walk', minutes: 20, startsAfter: 5 },
      { title: 'What we tried', minutes: 15, startsAfter: 25 },
      { title: 'Next steps', minutes: 10, startsAfter: 40 },
      { title: 'Announcements', minutes: null, startsAfter: 50 },
    ]);
  });

  it('reads Spanish and Windows line ends, and keeps numbers that are not times', () => {
    expect(parseAgenda('Bienvenida (10 minutos)\r\nMeta 2030 para 60% de niños')).toEqual([
      { title: 'Bienvenida', minutes: 10, startsAfter: 0 },
      { title: 'Meta 2030 para 60% de niños', minutes: null, startsAfter: 10 },
    ]);
  });

  it('takes a line that is only a time as a title, and a zero time as none', () => {
    expect(parseAgenda('(10 min)\nBreak (0 min)')).toEqual([
      { title: '(10 min)', minutes: null, startsAfter: 0 },
      { title: 'Break', minutes: null, startsAfter: 0 },
    ]);
    expect(parseAgenda('  \n')).toEqual([]);
  });
});

describe('agendaNow', () => {
  const items = parseAgenda('Welcome (5 min)\nAnnouncements\nData walk (20 min)');
  const start = Date.UTC(2026, 11, 7, 18, 0);
  const at = (min: number, sec = 0) => start + min * 60_000 + sec * 1000;

  it('says which timed item is on and how long it has left', () => {
    expect(agendaNow(items, start, at(0))).toEqual({ index: 0, leftMs: 5 * 60_000 });
    expect(agendaNow(items, start, at(4, 30))).toEqual({ index: 0, leftMs: 30_000 });
    expect(agendaNow(items, start, at(5))).toEqual({ index: 2, leftMs: 20 * 60_000 });
  });

  it('counts the last item over once time has run out', () => {
    expect(agendaNow(items, start, at(27))).toEqual({ index: 2, leftMs: -2 * 60_000 });
  });

  it('knows nothing without timed items, and a clock behind the start is at the start', () => {
    expect(agendaNow(parseAgenda('Welcome\nNext steps'), start, at(3))).toBeNull();
    expect(agendaNow(items, start, start - 60_000)).toEqual({ index: 0, leftMs: 5 * 60_000 });
  });
});
