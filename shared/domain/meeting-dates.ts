import { byTimeKey } from './period.ts';

type Dated = { id: number; date: string };

/** A meeting held today, the one a quick log most likely belongs to (the newest, if there are two). */
export function todaysMeeting<M extends Dated>(meetings: readonly M[], today: string): M | undefined {
  return meetings.filter((m) => m.date === today).sort((a, b) => b.id - a.id)[0];
}

export type FeaturedMeeting<M> = { meeting: M; when: 'today' | 'next' | 'recent' };

/** The meeting worth pointing at on the home page: today's, else the next one, else the latest one. */
export function featuredMeeting<M extends Dated>(meetings: readonly M[], today: string): FeaturedMeeting<M> | null {
  const now = todaysMeeting(meetings, today);
  if (now) return { meeting: now, when: 'today' };
  const next = meetings.filter((m) => m.date > today).sort((a, b) => byTimeKey(a.date, b.date) || a.id - b.id)[0];
  if (next) return { meeting: next, when: 'next' };
  const recent = meetings.filter((m) => m.date < today).sort((a, b) => byTimeKey(b.date, a.date) || b.id - a.id)[0];
  return recent ? { meeting: recent, when: 'recent' } : null;
}
