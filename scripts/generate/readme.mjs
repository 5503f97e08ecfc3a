// Emits the README's table of every reference method → our function → route, between markers.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { functionName } from '../naming.mjs'
import { formRoutes, root, routes, spec } from './spec.mjs'

const LOCAL = 'local verification with keys from `GET /v1/b2b/sessions/jwks/{project_id}`'
const FALLBACK = `${LOCAL}; falls back to \`POST /v1/b2b/sessions/authenticate\``
const MANUAL = {
  'IDP.IntrospectTokenLocal': ['`introspectIdpTokenLocal` (`stytch-b2b/jwt`); `introspectIdpToken` falls back to the network', LOCAL],
  'M2M.AuthenticateToken': ['`authenticateM2mToken` (`stytch-b2b/jwt`)', LOCAL],
  'Sessions.AuthenticateJWT': ['`authenticateSessionJwt` (`stytch-b2b/jwt`)', FALLBACK],
  'Sessions.AuthenticateJWTLocal': ['`authenticateSessionJwtLocal` (`stytch-b2b/jwt`)', LOCAL],
  'Sessions.AuthenticateJWTWithClaims': ['`authenticateSessionJwt` with `claims` (`stytch-b2b/jwt`)', FALLBACK],
}
const START = '<!-- endpoints:start -->'
const END = '<!-- endpoints:end -->'

export function emitReadme() {
  const byId = new Map([...routes, ...formRoutes].map((r) => [r.id, r]))
  const rows = [...spec.methods, ...(spec.consumerMethods ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => {
      if (m.kind === 'http' || byId.has(m.id)) {
        const r = byId.get(m.id)
        return `| \`${m.id}\` | \`${r.name}\`${r.auth ? ' ¹' : ''} | \`${r.httpMethod} ${r.path}\` |`
      }
      if (m.kind === 'with_claims') {
        const base = byId.get(m.baseMethod)
        return `| \`${m.id}\` | \`${functionName(m.baseMethod)}\` with \`{ claims }\` | \`${base.httpMethod} ${base.path}\` |`
      }
      const [fn, route] = MANUAL[m.id] ?? ['not covered yet', '']
      return `| \`${m.id}\` | ${fn} | ${route} |`
    })
  const table = ['<!-- generated from spec/b2b-api.json by `npm run generate`; do not edit -->', '| reference method | function | route |', '|---|---|---|', ...rows].join('\n')
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  if (!readme.includes(START) || !readme.includes(END)) throw new Error('README lacks the endpoints markers')
  return [['README.md', readme.replace(new RegExp(`${START}[\\s\\S]*${END}`), `${START}\n${table}\n${END}`)]]
}
