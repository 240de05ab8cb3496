// Seeded pseudo-random choices and plausible text for the benchmark's partnership: the same seed
// gives the same database, so two runs measure the same thing.
import { rng } from '../../tests/reliability/server.ts';

export function random(seed: number) {
  const next = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}

export type Random = ReturnType<typeof random>;

const SUBJECTS = ['families', 'the library team', 'teachers', 'parents', 'home visitors', 'clinic staff', 'volunteers', 'students', 'the front desk', 'coaches'];
const VERBS = ['tried', 'tested', 'changed', 'moved', 'shortened', 'translated', 'added', 'dropped', 'scheduled', 'followed up on'];
const OBJECTS = [
  'the reminder text',
  'the sign-up form',
  'the Tuesday storytime',
  'the enrollment checklist',
  'the welcome call',
  'the reading kit',
  'the evening session',
  'the handout in Spanish',
  'the referral to the clinic',
  'the attendance follow-up',
];
const ENDINGS = [
  'and more families came back the next week',
  'but fewer than we predicted answered',
  'which took longer than planned',
  'and the staff asked to keep it',
  'with no change we could see yet',
  'and two schools want to try it',
  'so we will test it at a second site',
  'after the first week went badly',
];

export function sentence(r: Random): string {
  const s = `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(ENDINGS)}.`;
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Roughly `chars` characters of sentences. */
export function paragraph(r: Random, chars: number): string {
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = sentence(r);
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}

export function title(r: Random): string {
  const t = `${r.pick(VERBS)} ${r.pick(OBJECTS)} with ${r.pick(SUBJECTS)}`;
  return t[0]!.toUpperCase() + t.slice(1);
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kofi', 'Lucia', 'Mei', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Sara', 'Tomas'];
const LAST = ['Abara', 'Brooks', 'Castillo', 'Diaz', 'Evans', 'Fofana', 'Garcia', 'Huang', 'Ibrahim', 'Jensen', 'Khan', 'Lopez', 'Murphy', 'Nguyen', 'Okafor', 'Park', 'Reyes', 'Singh', 'Tran', 'Walker'];

export function personName(n: number): string {
  return `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} ${n}`;
}
