import { describe, expect, it } from 'vitest';
import { attendanceText } from '../../client/features/meetings/meeting-values.ts';
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
