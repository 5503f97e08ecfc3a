import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as sdk from '../../src/index.js'
import { createContext, StytchApiError, type Context } from '../../src/index.js'
import { responses } from '../helpers/fixtures.js'
import { startServer, type RecordingServer } from '../helpers/server.js'

let server: RecordingServer
let ctx: Context
beforeAll(async () => {
  server = await startServer()
  ctx = createContext({ projectId: 'project-test-11111111-2222', secret: 'secret-test-abc', baseUrl: server.url, retry: 0 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
})

const ORG = 'organization-test-0a1b'
// A hostile id: every character that could leave the path segment if it were not encoded.
const WEIRD = 'a/../b?c=d#e f%2F'

interface Case {
  fn: keyof typeof responses
  params: Record<string, unknown>
  method: string
  path: string
  body?: Record<string, unknown>
  query?: Record<string, string>
  auth?: boolean
}

const cases: Case[] = [
  {
    fn: 'authenticateMagicLink',
    params: { magic_links_token: 'tok-1', session_duration_minutes: 60, locale: 'pt-br' },
    method: 'POST',
    path: '/v1/b2b/magic_links/authenticate',
    body: { magic_links_token: 'tok-1', session_duration_minutes: 60, locale: 'pt-br' },
  },
  {
    fn: 'authenticateMagicLinkDiscovery',
    params: { discovery_magic_links_token: 'dtok', pkce_code_verifier: 'v' },
    method: 'POST',
    path: '/v1/b2b/magic_links/discovery/authenticate',
    body: { discovery_magic_links_token: 'dtok', pkce_code_verifier: 'v' },
  },
  {
    fn: 'inviteMagicLinkEmail',
    params: { organization_id: ORG, email_address: 'ada@acme.example', roles: ['editor'] },
    method: 'POST',
    path: '/v1/b2b/magic_links/email/invite',
    body: { organization_id: ORG, email_address: 'ada@acme.example', roles: ['editor'] },
    auth: true,
  },
  {
    fn: 'loginOrSignupMagicLinkEmail',
    params: { organization_id: ORG, email_address: 'ada@acme.example', login_redirect_url: 'https://app.example/cb' },
    method: 'POST',
    path: '/v1/b2b/magic_links/email/login_or_signup',
    body: { organization_id: ORG, email_address: 'ada@acme.example', login_redirect_url: 'https://app.example/cb' },
  },
  {
    fn: 'sendMagicLinkEmailDiscovery',
    params: { email_address: 'ada@acme.example' },
    method: 'POST',
    path: '/v1/b2b/magic_links/email/discovery/send',
    body: { email_address: 'ada@acme.example' },
  },
  {
    fn: 'createOrganization',
    params: { organization_name: 'Acme Co', rbac_email_implicit_role_assignments: [{ domain: 'acme.example', role_id: 'editor' }] },
    method: 'POST',
    path: '/v1/b2b/organizations',
    body: { organization_name: 'Acme Co', rbac_email_implicit_role_assignments: [{ domain: 'acme.example', role_id: 'editor' }] },
  },
  {
    fn: 'getOrganization',
    params: { organization_id: WEIRD },
    method: 'GET',
    path: `/v1/b2b/organizations/${encodeURIComponent(WEIRD)}`,
    query: {},
  },
  {
    fn: 'updateOrganization',
    params: { organization_id: WEIRD, organization_name: 'Acme Corp', mfa_policy: 'REQUIRED_FOR_ALL' },
    method: 'PUT',
    path: `/v1/b2b/organizations/${encodeURIComponent(WEIRD)}`,
    body: { organization_id: WEIRD, organization_name: 'Acme Corp', mfa_policy: 'REQUIRED_FOR_ALL' },
    auth: true,
  },
  {
    fn: 'deleteOrganization',
    params: { organization_id: ORG },
    method: 'DELETE',
    path: `/v1/b2b/organizations/${ORG}`,
    query: {},
    auth: true,
  },
  {
    fn: 'searchOrganizations',
    params: { limit: 10, query: { operator: 'AND', operands: [{ filter_name: 'organization_slugs', filter_value: ['acme-co'] }] } },
    method: 'POST',
    path: '/v1/b2b/organizations/search',
    body: { limit: 10, query: { operator: 'AND', operands: [{ filter_name: 'organization_slugs', filter_value: ['acme-co'] }] } },
  },
  {
    fn: 'getOrganizationMetrics',
    params: { organization_id: ORG },
    method: 'GET',
    path: `/v1/b2b/organizations/${ORG}/metrics`,
    query: {},
  },
]

type AnyEndpoint = (ctx: Context, params: unknown, options?: unknown) => Promise<unknown>

describe.each(cases)('$fn', (c) => {
  const fn = sdk[c.fn] as unknown as AnyEndpoint

  it(`sends ${c.method} to its route and decodes the response`, async () => {
    server.reply({ status: 200, body: responses[c.fn] })
    const result = await fn(ctx, c.params)
    expect(result).toEqual(responses[c.fn])
    expect(server.requests).toHaveLength(1)
    const req = server.requests[0]!
    expect(req.method).toBe(c.method)
    expect(req.rawPath).toBe(c.path)
    if (c.body) expect(req.body).toEqual(c.body)
    else expect(req.rawBody).toBe('')
    if (c.query) expect(Object.fromEntries(req.query)).toEqual(c.query)
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('project-test-11111111-2222:secret-test-abc').toString('base64')}`)
    expect(req.headers['content-type']).toBe('application/json')
    expect(req.headers['user-agent']).toMatch(/^stytch-b2b\/\d+\.\d+\.\d+/)
    expect(req.headers['x-stytch-member-session']).toBeUndefined()
    expect(req.headers['x-stytch-member-sessionjwt']).toBeUndefined()
  })

  it('maps an API error to StytchApiError', async () => {
    server.reply({
      status: 404,
      body: { status_code: 404, request_id: 'req-404', error_type: 'organization_not_found', error_message: 'Organization not found.', error_url: 'https://stytch.com/docs/api/errors/404' },
    })
    const error = await fn(ctx, c.params).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StytchApiError)
    expect(error).toMatchObject({ status: 404, code: 'organization_not_found', requestId: 'req-404', message: 'Organization not found.' })
  })

  if (c.auth) {
    it('sends member-session authorization headers', async () => {
      server.reply({ status: 200, body: responses[c.fn] })
      await fn(ctx, c.params, { authorization: { session_token: 'sess-tok', session_jwt: 'sess.jwt.sig' } })
      const req = server.requests[0]!
      expect(req.headers['x-stytch-member-session']).toBe('sess-tok')
      expect(req.headers['x-stytch-member-sessionjwt']).toBe('sess.jwt.sig')
    })
  } else {
    it('rejects member-session authorization before sending', async () => {
      const error = await fn(ctx, c.params, { authorization: { session_token: 'x' } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(sdk.StytchParamsError)
      expect((error as sdk.StytchParamsError).issues[0]?.path).toBe('options.authorization')
      expect(server.requests).toHaveLength(0)
    })
  }

  it('rejects a misspelt param before sending', async () => {
    const error = await fn(ctx, { ...c.params, organisation_id: 'typo' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(sdk.StytchParamsError)
    expect((error as sdk.StytchParamsError).issues).toContainEqual({ path: 'organisation_id', message: 'is not a known field' })
    expect(server.requests).toHaveLength(0)
  })
})
