// A request the app is sure to make, started before the code that makes it has run. tRPC's batch
// link sends from a timer, which fires only once the whole first script has run (on a phone, half
// a second of it); a request started by the first module to run goes out at once, and the link,
// asking for the same address, is handed its answer instead of asking again.

let early: { url: string; response: Promise<Response> } | undefined;

/** Starts a GET now, for the first request that asks for `url` to take (fetchEarly). */
export function startEarly(url: string, headers: Record<string, string>): void {
  const response = fetch(url, { headers });
  // Until it is taken, a failure is nobody's to hear; the one who takes it hears it then.
  response.catch(() => {});
  early = { url, response };
}

/**
 * fetch, except that the first call is handed the early request's answer when it asks for the
 * same address (headers aside: the early request carries the language the page opens in). Any
 * other first call means the early answer is not wanted, and it is let go.
 */
export const fetchEarly: typeof fetch = (input, init) => {
  const started = early;
  early = undefined;
  if (started && input === started.url && (init?.method ?? 'GET') === 'GET') return started.response;
  return fetch(input, init);
};
