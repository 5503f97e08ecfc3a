import type { GetRbacPolicyResponse } from 'stytch-b2b'
import type { Answer, Route } from '../core.js'
import { getOrg } from '../model.js'

export const routes: Route[] = [
  /** `GET /v1/b2b/rbac/policy`: the policy loaded with `--policy` (or the default); a policy saved without scopes has none. */
  {
    method: 'GET',
    path: '/v1/b2b/rbac/policy',
    handler: ({ em }) => {
      const policy = structuredClone(em.state.policy)
      return { policy: { ...policy, scopes: policy.scopes ?? [] } } satisfies Answer<GetRbacPolicyResponse>
    },
  },
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
