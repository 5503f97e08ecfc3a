// Cloudflare Workers entry (bundled with esbuild, run in workerd through Miniflare).
import * as sdk from 'stytch-b2b'
import * as jwt from 'stytch-b2b/jwt'
import * as rbac from 'stytch-b2b/rbac'
import * as v from 'valibot'
import { run } from './conformance.mjs'

export default {
  async fetch(_request, env) {
    const result = await run(env.BASE_URL, { sdk, jwt, rbac, v })
    return new Response(JSON.stringify(result), { status: result.ok ? 200 : 500 })
  },
}
