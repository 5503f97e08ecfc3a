import { type Emulator, newId } from './core.js'
import { fail } from './errors.js'
import { duplicateEmail, touch } from './model.js'
import type { MemberRecord } from './state.js'

// Changing a member's email address: by `updateMember`, or when the member redeems the magic link
// or passcode that `startMemberEmailUpdate` sent to the new address.

/** 400 `duplicate_email` when another member of the organization (deleted ones too) uses `email` as primary or retired address. */
export function checkEmailFree(em: Emulator, organizationId: string, email: string, exceptMemberId?: string): void {
  for (const { member } of Object.values(em.state.members)) {
    if (member.organization_id !== organizationId || member.member_id === exceptMemberId) continue
    if (member.email_address === email) duplicateEmail(member)
    if (member.retired_email_addresses.some((r) => r.email_address === email)) {
      fail(400, 'duplicate_email', `${email} is a retired email address of member ${member.member_id}; unlink it first to reuse it.`)
    }
  }
}

/**
 * Moves the member to `email` (already normalized): the old address joins
 * `retired_email_addresses` and the new one is verified only when `verified` (the member proved
 * it owns it). Nothing happens when the address does not change.
 */
export function changeEmail(em: Emulator, record: MemberRecord, email: string, verified: boolean): void {
  const m = record.member
  if (m.email_address === email) return
  checkEmailFree(em, m.organization_id, email, m.member_id)
  m.retired_email_addresses = m.retired_email_addresses.filter((r) => r.email_address !== email)
  m.retired_email_addresses.push({ email_id: newId('email'), email_address: m.email_address })
  m.email_address = email
  m.email_address_verified = verified
  touch(em, record)
}
