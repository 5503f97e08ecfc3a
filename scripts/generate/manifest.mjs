// Emits src/manifest.ts (stytch-b2b/manifest): one data entry per route, for tooling and tests,
// so that no script has to read generated source.
import { BANNER, formRoutes, routes } from './spec.mjs'

export function emitManifest() {
  const text = [
    BANNER,
    '',
    '/** One route of the Stytch B2B API and the function of this package that calls it. */',
    'export interface EndpointEntry {',
    '  /** The reference method id (the Go SDK\'s), e.g. `MagicLinks.Email.LoginOrSignup`. */',
    '  readonly id: string',
    '  /** Name of the function exported from `stytch-b2b`. */',
    '  readonly name: string',
    '  /** Folder of its module under `src/endpoints`, the one route grouping used everywhere. */',
    '  readonly group: string',
    "  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'",
    '  /** Path template with `{param}` placeholders. */',
    '  readonly path: string',
    '  /** Whether the route takes member-session authorization (`options.authorization`). */',
    '  readonly auth: boolean',
    '  /** Whether its response carries a member session whose custom claims `options.claims` validates. */',
    '  readonly claims: boolean',
    "  /** `json` for the project-authenticated JSON API; `form` for the OAuth endpoints, form-encoded with the client's own credentials. */",
    "  readonly body: 'json' | 'form'",
    '}',
    '',
    '/** Every route, sorted by id. */',
    'export const endpoints: readonly EndpointEntry[] = [',
    ...[...routes.map((r) => ({ ...r, body: 'json' })), ...formRoutes.map((r) => ({ ...r, body: 'form' }))]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(
        (r) =>
          `  { id: '${r.id}', name: '${r.name}', group: '${r.group}', method: '${r.httpMethod}', path: '${r.path}', auth: ${r.auth}, claims: ${r.claims}, body: '${r.body}' },`,
      ),
    ']',
    '',
  ].join('\n')
  return [['src/manifest.ts', text]]
}
