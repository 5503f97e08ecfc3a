import type { DeleteMemberExternalIdResponse, DeleteOrganizationExternalIdResponse } from 'stytch-b2b'
import { type Answer, type Route, inOrganization, iso, onPathMember } from '../core.js'
import { getOrg, touch, viewOrg } from '../model.js'
import { liveMember, memberAnswer } from './members.js'

// Clearing external ids. They are set through the create and update routes of organizations
// (`organization_external_id`) and members (`external_id`); see ../externalIds.ts.

/** `Organizations.DeleteExternalID` and `Organizations.Members.DeleteExternalID`; both succeed when no id is set. */
export const routes: Route[] = [
  {
    method: 'DELETE',
    path: '/v1/b2b/organizations/{organization_id}/external_id',
    authorize: inOrganization('stytch.organization', 'update'),
    handler: ({ em, params }) => {
      const org = getOrg(em, params['organization_id'] ?? '')
      if (org.organization_external_id !== undefined) {
        delete org.organization_external_id
        org.updated_at = iso(em)
      }
      return { organization: viewOrg(org) } satisfies Answer<DeleteOrganizationExternalIdResponse>
    },
  },
  {
    method: 'DELETE',
    path: '/v1/b2b/organizations/{organization_id}/members/{member_id}/external_id',
    authorize: onPathMember('update'),
    handler: ({ em, params }) => {
      const record = liveMember(em, params['organization_id'] ?? '', params['member_id'] ?? '')
      if (record.member.external_id !== undefined) {
        delete record.member.external_id
        touch(em, record)
      }
      return memberAnswer(em, record) satisfies Answer<DeleteMemberExternalIdResponse>
    },
  },
]
