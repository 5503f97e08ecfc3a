import type { MemberSession, Organization } from 'stytch-b2b'
import type { AuthenticationResult } from './auth.js'
import { type Body, optInt, optStr } from './body.js'
import { badRequest, fail } from './errors.js'

// Helpers shared by the email-based authentication routes: magic links, discovery and passwords.

/** Where an emailed link points when the request names no redirect URL. */
export const DEFAULT_REDIRECT_URL = 'http://localhost:3000/authenticate'

/** Reads an optional redirect URL field; it must be an absolute http(s) URL. */
export function redirectUrl(body: Body, field: string): string {
  const value = optStr(body, field)
  if (value === undefined) return DEFAULT_REDIRECT_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return badRequest(field, 'must be an absolute URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') badRequest(field, 'must be an http or https URL')
  return value
}

/** The link an email carries: the redirect URL with `stytch_token_type` and `token` appended. */
export function emailLink(redirect: string, tokenType: string, token: string): string {
  const url = new URL(redirect)
  url.searchParams.set('stytch_token_type', tokenType)
  url.searchParams.set('token', token)
  return url.toString()
}

/** An optional expiration field in minutes (5 minutes to 1 week), or `fallback`. */
export function expirationMinutes(body: Body, field: string, fallback: number): number {
  const minutes = optInt(body, field)
  if (minutes === undefined) return fallback
  if (minutes < 5 || minutes > 10_080) badRequest(field, 'must be between 5 and 10080 minutes')
  return minutes
}

/** Throws 403 `auth_method_not_allowed` when the organization restricts its primary auth methods and `method` is not among them. */
export function requireAuthMethod(org: Organization, method: 'magic_link' | 'password' | 'email_otp'): void {
  if (org.auth_methods === 'RESTRICTED' && !org.allowed_auth_methods.includes(method)) {
    fail(403, 'auth_method_not_allowed', `The organization ${org.organization_id} does not allow ${method} (auth_methods is RESTRICTED to ${JSON.stringify(org.allowed_auth_methods)}).`)
  }
}

/** Whether an unknown email may join the organization by its domain (`email_jit_provisioning` RESTRICTED and the domain allowed). */
export function emailJitAllowed(org: Organization, email: string): boolean {
  const domain = email.split('@')[1] ?? ''
  return org.email_jit_provisioning === 'RESTRICTED' && org.email_allowed_domains.includes(domain)
}

/** Throws 403 `email_jit_provisioning_not_allowed`, explaining which organization setting refuses `email`. */
export function refuseJit(org: Organization, email: string): never {
  return fail(
    403,
    'email_jit_provisioning_not_allowed',
    `${email} is not a member of organization ${org.organization_id}, and it may not join by email domain (email_jit_provisioning is ${org.email_jit_provisioning}, email_allowed_domains ${JSON.stringify(org.email_allowed_domains)}).`,
  )
}

/** An authentication result whose member session always carries `custom_claims` (as the claims-typed responses declare). */
export function withCustomClaims<T extends AuthenticationResult>(result: T): Omit<T, 'member_session'> & { member_session?: MemberSession & { custom_claims: Record<string, unknown> } } {
  const { member_session: session, ...rest } = result
  return session ? { ...rest, member_session: { ...session, custom_claims: session.custom_claims ?? {} } } : rest
}
