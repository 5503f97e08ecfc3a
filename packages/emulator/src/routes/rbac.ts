import type { Route } from '../core.js'
import { getOrg } from '../model.js'

export const routes: Route[] = [
  /** `GET /v1/b2b/rbac/policy`: the policy loaded with `--policy` (or the default). */
  { method: 'GET', path: '/v1/b2b/rbac/policy', handler: ({ em }) => ({ policy: structuredClone(em.state.policy) }) },
  /** `GET /v1/b2b/rbac/organizations/{organization_id}`: an existing organization's policy; the emulator holds no custom roles. */
  {
    method: 'GET',
    path: '/v1/b2b/rbac/organizations/{organization_id}',
    handler: ({ em, params }) => {
      getOrg(em, params['organization_id'] ?? '')
      return { org_policy: { roles: [] } }
    },
  },
]
