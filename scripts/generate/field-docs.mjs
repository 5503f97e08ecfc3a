// One-line TSDoc for fields whose name does not say it all: units, formats, one-of rules and
// which object an id names. In our own words; exact names first, then patterns on the name.

/** Docs for exact field names. */
const NAMED = {
  request_id: "Stytch's id of this request; quote it to Stytch support.",
  status_code: 'HTTP status code of the answer.',
  session_token: 'Opaque token of the member session; keep it secret, e.g. in an HttpOnly cookie.',
  session_jwt: 'The member session as a short-lived signed JWT, verifiable locally with the project keys.',
  intermediate_session_token:
    'Token of a login that is not finished (MFA pending, or no organization chosen yet); exchange it to get a member session.',
  intermediate_session_token_expires_at: 'When the intermediate session token stops working (RFC 3339).',
  member_authenticated: 'Whether a full member session was issued; false means MFA is still required.',
  session_duration_minutes: 'Lifetime of the session to issue or extend, in minutes (5 to 527040).',
  session_custom_claims: 'Claims to add to the session, copied into its JWT; a JSON object (reserved names are refused).',
  custom_claims: 'Claims added to the session by your backend; a JSON object.',
  trusted_metadata: 'Data only your backend can write (the frontend SDKs cannot change it); a JSON object.',
  untrusted_metadata: 'Data the member can change from a frontend SDK: never base authorization on it.',
  telemetry_id: "Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request.",
  pkce_code_verifier: 'The PKCE verifier whose SHA-256 challenge started this flow; required when one did.',
  locale: 'Language of the email or text, e.g. `en`, `es`, `pt-br`, `fr`.',
  external_id: "Your own id for the object, unique in its scope; usable in place of Stytch's id.",
  organization_external_id: "The organization's external id, usable in place of `organization_id`.",
  phone_number: 'A phone number in E.164 format, e.g. `+12025550123`.',
  mfa_phone_number: 'The MFA phone number in E.164 format, e.g. `+12025550123`.',
  organization_slug: 'The organization\'s unique, URL-safe short name.',
  member_id: 'Id of the member (`member-…`).',
  organization_id: 'Id of the organization (`organization-…`).',
  connection_id: 'Id of the SSO or SCIM connection.',
  session_id: 'Id of the member session.',
  member_session_id: 'Id of the member session.',
  method_id: 'Id of the email, phone or other factor the call used.',
  reset_sessions: 'Whether the member\'s other sessions were revoked, e.g. after a password reset.',
  hash: 'The stored password hash, encoded as the hash type expects.',
  password: 'The password in clear text; it is never logged or echoed by this library.',
  scopes: 'OAuth scopes, each `action:resource` or a standard scope such as `openid`.',
  redirect_uri: 'Where the user agent is sent back, one of the redirect URLs configured for the client.',
  cursor: 'Where the previous page ended (`results_metadata.next_cursor`); empty for the first page.',
  limit: 'Most results in one page.',
}

/** Docs for name patterns, tried in order when no exact name matches. */
const PATTERNS = [
  [/_expiration_minutes$/, 'How long the link or code stays valid, in minutes.'],
  [/_minutes$/, 'A duration in minutes.'],
  [/_seconds$/, 'A duration in seconds.'],
  [/^(created|updated|started|last_accessed|expires|last_authenticated|lock_created|lock_expires|deleted)_at$/, 'A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`).'],
  [/_at$/, 'A time, as RFC 3339 text.'],
  [/_redirect_url$|_url$/, 'An absolute URL.'],
  [/_template_id$/, 'Id of a custom email template configured in the Stytch dashboard; empty for the default one.'],
  [/^allowed_(auth_methods|mfa_methods|first_party_connected_apps|third_party_connected_apps)$/, 'What is allowed while the matching setting is `RESTRICTED`.'],
]

/** The doc line of a field, or undefined when its name says it all. */
export function fieldDoc(name) {
  return NAMED[name] ?? PATTERNS.find(([pattern]) => pattern.test(name))?.[1]
}
