import superjson, { type SuperJSONResult } from 'superjson';

const MAX_DEPTH = 64;

/** Whether `value` is plain JSON that superjson would pass through without a note (meta). */
function plainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  // NaN, ±Infinity and -0 are what superjson notes about numbers.
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainJson(item, depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!plainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/**
 * superjson, with a quick way out for answers that are plain JSON (most lists): superjson's own
 * walk notes the path to every value and cost a tenth of a cycle list's server time. The output is
 * superjson's format either way (`{ json }` alone when nothing needs a note), so any superjson
 * reader takes it; the one difference is that an object repeated within an answer arrives as
 * equal copies rather than one shared object.
 */
export const transformer = {
  serialize: (value: unknown): SuperJSONResult => (plainJson(value, 0) ? { json: value as SuperJSONResult['json'] } : superjson.serialize(value)),
  deserialize: <T>(payload: SuperJSONResult): T => superjson.deserialize<T>(payload),
};
