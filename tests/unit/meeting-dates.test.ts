import { describe, expect, it } from 'vitest';
import { featuredMeeting, todaysMeeting } from '../../shared/domain/meeting-dates.ts';

const m = (id: number, date: string) => ({ id, date });
const TODAY = '2026-12-06';

describe('todaysMeeting', () => {
  it('is the meeting held today, the newest when there are two, and none on a day without one', () => {
    expect(todaysMeeting([m(1, '2026-12-01'), m(2, TODAY), m(3, TODAY)], TODAY)).toEqual(m(3, TODAY));
    expect(todaysMeeting([m(1, '2026-12-01'), m(4, '2026-12-09')], TODAY)).toBeUndefined();
    expect(todaysMeeting([], TODAY)).toBeUndefined();
  });
});

describe('featuredMeeting', () => {
  it("points at today's meeting first", () => {
    expect(featuredMeeting([m(1, '2026-12-01'), m(2, TODAY), m(3, '2026-12-09')], TODAY)).toEqual({ meeting: m(2, TODAY), when: 'today' });
  });

  it('else at the soonest one to come, the first made when two share a day', () => {
    const meetings = [m(1, '2026-11-01'), m(5, '2026-12-20'), m(4, '2026-12-09'), m(3, '2026-12-09')];
    expect(featuredMeeting(meetings, TODAY)).toEqual({ meeting: m(3, '2026-12-09'), when: 'next' });
  });

  it('else at the latest one held, and at nothing when there are no meetings', () => {
    expect(featuredMeeting([m(1, '2026-10-01'), m(2, '2026-11-15'), m(3, '2026-11-15')], TODAY)).toEqual({ meeting: m(3, '2026-11-15'), when: 'recent' });
    expect(featuredMeeting([], TODAY)).toBeNull();
  });
});
