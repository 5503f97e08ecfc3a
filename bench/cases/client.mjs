// Client work per call, one contender in a fresh process: `getOrganization` through ours, the
// official SDK's `organizations.get`, and a raw fetch (the floor). argv: contender mode.
//   contender: ours | ours-config (the stub given as the context's `fetch`) | official | raw |
//              raw-timeout (the raw fetch with an AbortController timeout, as ours enforces one)
//   mode: stub (globalThis.fetch answers a fresh Response of a JSON body, no I/O) |
//         https (the loopback HTTPS server at BENCH_BASE)
// Prints {"us": µs per call}.
import { rawCall } from '../floor.mjs'
import { timeAsync } from '../lib.mjs'

const [contender, mode] = process.argv.slice(2)
const base = process.env.BENCH_BASE
const projectId = 'project-test-bench'
const secret = 'secret-test-bench-000000'
const organizationId = 'organization-test-1'
const body = JSON.stringify({ request_id: 'request-test-1', status_code: 200, organization: { organization_id: organizationId, organization_name: 'Bench' } })

// The official SDK 14.2 calls the global `fetch` at call time (dist/shared/index.js), so replacing
// it stubs every contender alike; the count below proves each one went through the stub.
let stubbed = 0
const stub = async () => {
  stubbed++
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
}
if (mode === 'stub') globalThis.fetch = stub
else if (mode !== 'https') throw new Error(`unknown mode ${mode}`)

let call
if (contender === 'ours' || contender === 'ours-config') {
  const { createContext, getOrganization } = await import('stytch-b2b')
  const ctx = createContext({ projectId, secret, baseUrl: base, ...(contender === 'ours-config' && { fetch: stub }) })
  call = async () => (await getOrganization(ctx, { organization_id: organizationId })).organization
} else if (contender === 'official') {
  const { B2BClient } = await import('stytch')
  const client = new B2BClient({ project_id: projectId, secret, custom_base_url: base })
  call = async () => (await client.organizations.get({ organization_id: organizationId })).organization
} else if (contender === 'raw' || contender === 'raw-timeout') {
  const url = `${base}/v1/b2b/organizations/${organizationId}`
  const authorization = `Basic ${btoa(`${projectId}:${secret}`)}`
  const options = contender === 'raw-timeout' ? { timeoutMs: 10_000 } : {}
  call = async () => (await rawCall(url, authorization, options)).organization
} else {
  throw new Error(`unknown contender ${contender}`)
}

// A contender that did not really make the call must not get a figure.
const first = await call()
if (first?.organization_id !== organizationId) throw new Error(`${contender}: unexpected answer ${JSON.stringify(first)}`)
const ns = await timeAsync(call, mode === 'stub' ? { blockMs: 40, blocks: 15 } : { blockMs: 100, blocks: 9 })
if (mode === 'stub' && stubbed < 1000) throw new Error(`${contender}: the stub saw only ${stubbed} calls`)
console.log(JSON.stringify({ us: ns / 1000 }))
