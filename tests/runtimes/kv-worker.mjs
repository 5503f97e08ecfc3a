// Cloudflare Workers entry for the cache store check (bundled with esbuild; Miniflare runs it as two
// isolates bound to one Workers KV namespace): a context from `env` in every request, its key set
// and RBAC policies kept in KV. Answers the verified member, or the error code with a 500.
import { createContext } from 'stytch-b2b'
import { authenticateSessionJwtLocal } from 'stytch-b2b/jwt'

export default {
  async fetch(request, env, ctx) {
    const { projectId, jwt, organizationId } = await request.json()
    const writes = []
    const cacheStore = {
      get: (key) => env.CACHE.get(key, 'json'),
      put: (key, value, storedAt) => {
        const write = env.CACHE.put(key, JSON.stringify({ value, storedAt }))
        writes.push(write)
        ctx.waitUntil(write)
        return write
      },
    }
    const stytch = createContext({ projectId, secret: env.SECRET, baseUrl: env.BASE_URL, cacheStore })
    try {
      const check = { organization_id: organizationId, resource_id: 'documents', action: 'read' }
      const session = await authenticateSessionJwtLocal(stytch, jwt, { authorizationCheck: check })
      // The harness asks the other isolate next: let the writes land (a real Worker leaves them to waitUntil).
      await Promise.all(writes)
      return Response.json({ member_id: session.member_id, stored: writes.length })
    } catch (error) {
      return Response.json({ error: String(error?.code ?? error) }, { status: 500 })
    }
  },
}
