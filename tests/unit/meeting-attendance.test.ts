import { describe, expect, it } from 'vitest';
import { attendanceText } from '../../client/features/meetings/meeting-values.ts';
import { mergedAttendees } from '../../shared/domain/attendance.ts';
import { wordsFor } from '../../server/i18n.ts';

describe('attendanceText', () => {
  it('counts members and guests in English', () => {
    const en = wordsFor('en');
    expect(attendanceText(0, 0, en)).toBe('No attendance recorded');
    expect(attendanceText(1, 0, en)).toBe('1 attendee');
    expect(attendanceText(4, 2, en)).toBe('4 attendees + 2 guests');
    expect(attendanceText(1200, 1, en)).toBe('1,200 attendees + 1 guest');
  });

  it('counts them in Spanish, with Spanish numbers', () => {
    const es = wordsFor('es');
    expect(attendanceText(0, 0, es)).toBe('No se registró la asistencia');
    expect(attendanceText(1, 0, es)).toBe('1 asistente');
    expect(attendanceText(4, 2, es)).toBe('4 asistentes + 2 invitados');
    expect(attendanceText(0, 1, es)).toBe('0 asistentes + 1 invitado(a)');
  });
});

describe('mergedAttendees: a meeting form’s save beside check-ins', () => {
  it('applies the form’s ticks and unticks to the list as it is now', () => {
    // Opened with Ana and Ben; the form unticks Ben and ticks Cy; meanwhile Dee checked in.
    expect(mergedAttendees(['ana', 'ben', 'dee'], ['ana', 'ben'], ['ana', 'cy'])).toEqual(['ana', 'dee', 'cy']);
  });

  it('changes nothing the form did not change, and takes no one twice', () => {
    expect(mergedAttendees(['ana', 'dee'], ['ana'], ['ana'])).toEqual(['ana', 'dee']);
    expect(mergedAttendees(['ana'], [], ['ana'])).toEqual(['ana']);
    expect(mergedAttendees([], ['ana'], [])).toEqual([]);
  });
});
