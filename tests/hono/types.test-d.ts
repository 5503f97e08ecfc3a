import { Hono } from 'hono'
import * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { createContext, type Context } from '../../src/index.js'
import type { AuthenticatedRequest } from '../../src/edge/index.js'
import { requirePermission, requireSession } from '../../src/hono/index.js'
import type { JwtMemberSession } from '../../src/jwt/index.js'

const ctx = createContext({ projectId: 'project-test-1', secret: 's' })
type Bindings = { STYTCH_PROJECT_ID: string; STYTCH_SECRET: string }

describe('Hono middleware types', () => {
  it('types c.get("stytchSession") on the routes after requireSession, claims included', () => {
    new Hono().use(requireSession({ context: ctx, claims: v.object({ plan: v.picklist(['free', 'pro']) }) })).get('/', (c) => {
      expectTypeOf(c.get('stytchSession')).toEqualTypeOf<AuthenticatedRequest<{ plan: 'free' | 'pro' }>>()
      expectTypeOf(c.get('stytchSession').member_session).toEqualTypeOf<JwtMemberSession<{ plan: 'free' | 'pro' }>>()
      expectTypeOf(c.get('stytchContext')).toEqualTypeOf<Context>()
      return c.text('ok')
    })
  })

  it('types it per route when given as route middleware', () => {
    new Hono().get('/', requireSession({ context: ctx }), requirePermission({ resource: 'documents', action: 'read' }), (c) => {
      expectTypeOf(c.get('stytchSession').member_session.custom_claims).toEqualTypeOf<Record<string, unknown>>()
      return c.text('ok')
    })
  })

  it('builds the context from typed bindings, keeping the app env', () => {
    new Hono<{ Bindings: Bindings }>()
      .use(requireSession({ context: (c: { env: Bindings }) => createContext({ projectId: c.env.STYTCH_PROJECT_ID, secret: c.env.STYTCH_SECRET }) }))
      .get('/', (c) => {
        expectTypeOf(c.env).toEqualTypeOf<Bindings>()
        expectTypeOf(c.get('stytchSession').verified).toEqualTypeOf<'local' | 'remote'>()
        return c.text('ok')
      })
  })

  it('has no stytchSession without requireSession', () => {
    new Hono().get('/', (c) => {
      // @ts-expect-error not set on this route
      c.get('stytchSession')
      return c.text('ok')
    })
  })

  it('requires resource and action', () => {
    // @ts-expect-error action is required
    requirePermission({ resource: 'documents' })
  })
})
