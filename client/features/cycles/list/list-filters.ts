import { CYCLE_PAGE_SIZE, cycleListInput, type CycleListInput } from '../../../../shared/schemas/cycle.ts';

/** The list's filters, named like cycle.list's input, so a shared link means the same everywhere. */
export const FILTER_KEYS = ['q', 'stage', 'decision', 'changeIdeaId', 'partnerOrganizationId', 'ownerId', 'meetingId', 'rampId', 'toComplete', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ListFilters = Record<FilterKey, string> & { page: number };

const NUMERIC: readonly FilterKey[] = ['changeIdeaId', 'partnerOrganizationId', 'meetingId', 'rampId'];

export function readListFilters(params: URLSearchParams): ListFilters {
  const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)?.trim() ?? ''])) as Record<FilterKey, string>;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { ...f, page };
}

/** Whether anything narrows the list (the search counts). */
export function isFiltered(f: ListFilters): boolean {
  return FILTER_KEYS.some((k) => f[k] !== '');
}

/**
 * The query for cycle.list, checked with the shared schema. A value that does not fit (a mistyped
 * link, a range that ends before it starts) is left out and named in `problems`, rather than
 * failing the whole list.
 */
export function toListInput(networkId: number, f: ListFilters): { input: CycleListInput; problems: string[] } {
  const candidate: Record<string, unknown> = { networkId, offset: (f.page - 1) * CYCLE_PAGE_SIZE, limit: CYCLE_PAGE_SIZE };
  for (const k of FILTER_KEYS) {
    if (f[k] === '') continue;
    candidate[k] = NUMERIC.includes(k) ? Number(f[k]) : k === 'toComplete' ? f[k] === 'true' : f[k];
  }
  const problems: string[] = [];
  for (let attempt = 0; attempt < FILTER_KEYS.length; attempt++) {
    const result = cycleListInput.safeParse(candidate);
    if (result.success) break;
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in candidate && key !== 'networkId') {
        delete candidate[key];
        problems.push(issue.message);
      }
    }
  }
  return { input: candidate as CycleListInput, problems };
}

/** The params with one filter set (or removed, for ''), back on the first page. */
export function withFilter(params: URLSearchParams, key: FilterKey, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return `?${next.toString()}`;
}
