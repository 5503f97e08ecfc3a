import type { KyInstance } from 'ky'

/**
 * Makes a ky instance usable as a context's `fetch`: `createContext({ …, fetch: fromKy(api) })`.
 * The instance's hooks, headers and custom fetch still run, but ky is made to act as a plain fetch,
 * since the context's transport already does what ky would: no ky retries (the context retries),
 * no HTTPError (the context maps statuses to `StytchApiError`), no ky timeout (the context's
 * timeout aborts through the signal it passes), no `prefixUrl` or `searchParams` from the
 * instance (the URL is sent as built), and the context's method, headers, body and
 * `redirect: 'manual'` win over the instance's defaults. Written for ky 1.x (1.14).
 */
export function fromKy(ky: KyInstance): typeof fetch {
  return (input, init) => {
    // A Request (built when the context has hooks) carries what the context sent: restate it as
    // options, since ky lets the instance's defaults override what a Request holds.
    const sent = input instanceof Request ? { method: input.method, headers: input.headers, signal: input.signal } : init
    return ky(input, {
      ...sent,
      redirect: 'manual',
      retry: 0,
      throwHttpErrors: false,
      timeout: false,
      prefixUrl: '',
      searchParams: undefined,
      json: undefined,
    })
  }
}
