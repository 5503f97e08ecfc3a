import type { Route } from '../core.js'

/** `GET /v1/b2b/rbac/policy`: the policy loaded with `--policy` (or the default). */
export const routes: Route[] = [{ method: 'GET', path: '/v1/b2b/rbac/policy', handler: ({ em }) => ({ policy: structuredClone(em.state.policy) }) }]
