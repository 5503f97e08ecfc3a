// Runs one compiled README block for scripts/test-docs.mjs: imports it, then, when its default
// export has `fetch(request, env)` (a Worker, a Hono app), calls it once with a signed-in member's
// session JWT and fails on a 5xx.
import { pathToFileURL } from 'node:url'

const block = await import(pathToFileURL(process.argv[2]).href)
const handler = block.default
if (handler && typeof handler.fetch === 'function') {
  const jwt = process.env.STYTCH_DOCS_SESSION_JWT ?? ''
  const env = { STYTCH_PROJECT_ID: process.env.STYTCH_PROJECT_ID, STYTCH_SECRET: process.env.STYTCH_SECRET, STYTCH_BASE_URL: process.env.STYTCH_BASE_URL }
  const request = new Request(`https://app.example/?organization_id=${process.env.STYTCH_DOCS_ORGANIZATION_ID ?? ''}`, { headers: { authorization: `Bearer ${jwt}`, cookie: `stytch_session_jwt=${jwt}` } })
  const response = await handler.fetch(request, env, { waitUntil() {}, passThroughOnException() {} })
  console.log(`DRIVER fetch answered ${response.status}`)
  if (!(response instanceof Response) || response.status >= 500) {
    console.error(await response.text?.())
    process.exit(1)
  }
}
