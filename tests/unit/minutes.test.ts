import { describe, expect, it } from 'vitest';
import { draftMinutes, notesWithMinutes } from '../../shared/domain/minutes.ts';
import { wordsFor } from '../../server/i18n.ts';

const facts = {
  title: 'December network meeting',
  date: '2026-12-07',
  attendees: ['Ana Ruiz', 'Ben Okafor'],
  guests: ['Rosa Díaz'],
  guestCount: 2,
  cycles: [
    { title: 'Calendars at pickup', ownerName: 'Ana Ruiz' },
    { title: 'Reading kits', ownerName: null },
  ],
  decisions: [{ text: 'Print the calendars in Spanish', byName: 'Ben Okafor' }],
};

describe('draftMinutes', () => {
  it('lists who came (named guests and counted ones), the cycles and the decisions', () => {
    expect(draftMinutes(facts, wordsFor('en'))).toBe(
      [
        'Minutes: December network meeting, December 7, 2026',
        '',
        'Attendance: 5 people',
        'Members: Ana Ruiz, Ben Okafor',
        'Guests: Rosa Díaz',
        '2 more guests',
        '',
        '2 cycles logged:',
        '- Calendars at pickup (Ana Ruiz)',
        '- Reading kits',
        '',
        '1 decision:',
        '- Print the calendars in Spanish (Ben Okafor)',
      ].join('\n'),
    );
  });

  it('says an empty meeting plainly, in Spanish too', () => {
    const empty = { ...facts, attendees: [], guests: [], guestCount: 0, cycles: [], decisions: [] };
    expect(draftMinutes(empty, wordsFor('es'))).toBe(
      ['Minuta: December network meeting, 7 de diciembre de 2026', '', 'Asistencia: 0 personas', '', '0 ciclos registrados:', '', '0 decisiones:'].join('\n'),
    );
  });
});

describe('notesWithMinutes', () => {
  it('puts the minutes after what the note-takers wrote', () => {
    expect(notesWithMinutes('', 'Minutes')).toBe('Minutes');
    expect(notesWithMinutes('  Our notes \n', 'Minutes')).toBe('Our notes\n\nMinutes');
  });
});
