// A Hono app as a Cloudflare Worker (bundled with esbuild, run in workerd through Miniflare): the
// Stytch context is built from `env` on each request, the Worker pattern the README shows.
import { Hono } from 'hono'
import { createContext } from 'stytch-b2b'
import { requirePermission, requireSession } from 'stytch-b2b/hono'

const policy = { roles: [{ role_id: 'editor', permissions: [{ resource_id: 'documents', actions: ['read', 'edit'] }] }], resources: [] }

const app = new Hono()
  .use(requireSession({ context: (c) => createContext({ projectId: c.env.PROJECT_ID, secret: 'secret-test-conformance', baseUrl: c.env.BASE_URL, policy }) }))
  .get('/docs', requirePermission({ resource: 'documents', action: 'read' }), (c) => c.json({ member_id: c.get('stytchSession').member_session.member_id }))
  .delete('/docs', requirePermission({ resource: 'documents', action: 'delete' }), (c) => c.text('deleted'))
  .get('/orgs/:org/docs', requirePermission({ resource: 'documents', action: 'read', organization: { param: 'org' } }), (c) => c.text('read'))

export default app
