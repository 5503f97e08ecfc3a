import { type Body, optStr } from './body.js'
import type { Emulator } from './core.js'
import { badRequest, fail } from './errors.js'
import { rawState } from './transaction.js'

// External ids: the caller's own identifiers of organizations (unique in the project) and of
// members (unique in their organization).

const EXTERNAL_ID = /^\S{1,128}$/u

/** An optional external id field: up to 128 characters without whitespace. */
export function externalIdField(body: Body, field: string): string | undefined {
  const value = optStr(body, field)
  if (value !== undefined && !EXTERNAL_ID.test(value)) badRequest(field, 'must be 1 to 128 characters without whitespace')
  return value
}

/** 400 `duplicate_external_id` when another organization of the project has this external id. */
export function checkOrganizationExternalId(em: Emulator, externalId: string, exceptOrganizationId: string): void {
  const holder = Object.values(rawState(em).organizations).find((o) => o.organization_external_id === externalId && o.organization_id !== exceptOrganizationId)
  if (holder) fail(400, 'duplicate_external_id', `organization_external_id: ${JSON.stringify(externalId)} is already the external id of organization ${holder.organization_id}.`)
}

/** 400 `duplicate_external_id` when another member of the organization (deleted ones too) has this external id. */
export function checkMemberExternalId(em: Emulator, organizationId: string, externalId: string, exceptMemberId?: string): void {
  const holder = Object.values(rawState(em).members).find(
    (r) => r.member.organization_id === organizationId && r.member.external_id === externalId && r.member.member_id !== exceptMemberId,
  )
  if (holder) fail(400, 'duplicate_external_id', `external_id: ${JSON.stringify(externalId)} is already the external id of member ${holder.member.member_id} in this organization.`)
}
