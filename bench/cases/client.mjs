// Client work per call in a fresh process: getOrganization through ours, the official SDK and a
// raw fetch; with fetch stubbed (no I/O) and over HTTPS to a loopback server. argv: contender mode.
const [contender, mode] = process.argv.slice(2)
const base = process.env.BENCH_BASE
const projectId = 'project-test-bench'
const body = JSON.stringify({ request_id: 'request-test-1', status_code: 200, organization: { organization_id: 'organization-test-1', organization_name: 'Bench' } })
const stub = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
if (mode === 'stub') globalThis.fetch = stub
const auth = `Basic ${btoa(`${projectId}:secret-test-bench-000000`)}`

let call
if (contender === 'ours') {
  const { createContext, getOrganization } = await import('stytch-b2b')
  const ctx = createContext({ projectId, secret: 'secret-test-bench-000000', baseUrl: base, ...(mode === 'stub' && { fetch: stub }) })
  call = () => getOrganization(ctx, { organization_id: 'organization-test-1' })
} else if (contender === 'official') {
  const { B2BClient } = await import('stytch')
  const client = new B2BClient({ project_id: projectId, secret: 'secret-test-bench-000000', custom_base_url: base })
  call = () => client.organizations.get({ organization_id: 'organization-test-1' })
} else {
  // `raw-timeout`: the same fetch with a timeout enforced the usual way, as ours enforces one.
  const timed = contender === 'raw-timeout'
  call = async () => {
    const controller = timed ? new AbortController() : undefined
    const timer = timed ? setTimeout(() => controller.abort(), 10_000) : undefined
    try {
      const response = await fetch(`${base}/v1/b2b/organizations/organization-test-1`, {
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        ...(controller && { signal: controller.signal }),
      })
      return await response.json()
    } finally {
      clearTimeout(timer)
    }
  }
}
const n = mode === 'stub' ? 20_000 : 1_000
for (let i = 0; i < n / 10; i++) await call()
const start = process.hrtime.bigint()
for (let i = 0; i < n; i++) await call()
console.log(JSON.stringify({ us: Number(process.hrtime.bigint() - start) / 1000 / n }))
