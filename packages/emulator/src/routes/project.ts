import type { GetDebugWhoamiResponse, GetProjectMetricsResponse } from 'stytch-b2b'
import type { Answer, Route } from '../core.js'

/** The project name `Debug.Whoami` reports: the emulator has no project settings beyond its id. */
export const EMULATOR_PROJECT_NAME = 'stytch-b2b-emulator'

/** The `debug` and `project` groups: who the credentials belong to, and counts of the project's records. */
export const routes: Route[] = [
  {
    method: 'GET',
    path: '/v1/debug/whoami',
    handler: ({ em }) => ({ project_id: em.projectId, name: EMULATOR_PROJECT_NAME }) satisfies Answer<GetDebugWhoamiResponse>,
  },
  /**
   * `GET /v1/projects/metrics`: organizations, and members that are not deleted, counted from
   * the state. (The emulator has no M2M clients or consumer users, so it reports no such counts.)
   */
  {
    method: 'GET',
    path: '/v1/projects/metrics',
    handler: ({ em }) => {
      const members = Object.values(em.state.members).filter((r) => r.member.status !== 'deleted').length
      return {
        project_id: em.projectId,
        metrics: [
          { metric_type: 'ORGANIZATION_COUNT', count: Object.keys(em.state.organizations).length },
          { metric_type: 'MEMBER_COUNT', count: members },
          { metric_type: 'M2M_CLIENT_COUNT', count: Object.keys(em.state.m2m_clients).length },
        ],
      } satisfies Answer<GetProjectMetricsResponse>
    },
  },
]
