// The naming rule for endpoint functions, written once. The generator uses it to name modules and
// tests/manifest.test.ts checks every export against it. See README, "Naming".

/** Leading words of a reference action that are verbs (or an adverb + verb). */
export const VERBS = [
  'Attest', 'Authenticate', 'Authorize', 'Create', 'DangerouslyGet', 'Delete', 'Exchange', 'Get',
  'Introspect', 'Invite', 'List', 'LoginOrSignup', 'Lookup', 'Migrate', 'Override', 'Reactivate',
  'Recover', 'Require', 'Reset', 'Revoke', 'Rotate', 'Search', 'Send', 'Set', 'Start', 'Unlink', 'Update',
]

/** Namespace words that name a collection of one thing, and that thing. */
const SINGULAR = {
  Clients: 'Client', ConnectedApps: 'ConnectedApp', IntermediateSessions: 'IntermediateSession', Secrets: 'Secret', MagicLinks: 'MagicLink', Members: 'Member',
  OAuthProviders: 'OAuthProvider', OTPs: 'OTP', Organizations: 'Organization', Passwords: 'Password',
  Sessions: 'Session', TOTPs: 'TOTP',
}

/** Acronyms are written as words: `SSO` → `Sso`, `OAuth` → `Oauth`, `MFAPhone` → `MfaPhone`. */
function words(segment) {
  return segment
    .replace(/OAuth/g, 'Oauth')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join('')
}

/**
 * Names the rule would get wrong, each with why. While at 0.x these replace the rule's names.
 */
export const RENAMED = {
  // A POST that checks a password, not a read of something stored.
  'Passwords.StrengthCheck': 'checkPasswordStrength',
  // Lists a member's active sessions; there is no single session to get.
  'Sessions.Get': 'listSessions',
  // The rule repeats the namespace: getRbacOrganizationOrgPolicy.
  'RBAC.Organizations.GetOrgPolicy': 'getRbacOrganizationPolicy',
  'RBAC.Organizations.SetOrgPolicy': 'setRbacOrganizationPolicy',
}

/**
 * Maps a reference method id (`Organizations.Members.DeletePassword`) to its function name
 * (`deleteMemberPassword`):
 * 1. the last segment is the action; its leading verb (see VERBS) comes first, or `get` when the
 *    action is a noun (`RBAC.Policy` → `getRbacPolicy`);
 * 2. then the namespace segments as the subject, `Organizations` dropped before `Members`, each
 *    collection word singular, except that `List` and `Search` keep the last one plural;
 * 3. then the rest of the action as qualifiers (`RotateStart` → `rotate…Start`);
 * 4. acronyms are written as words.
 */
export function functionName(id) {
  if (Object.hasOwn(RENAMED, id)) return RENAMED[id]
  const segments = id.split('.')
  const action = segments.pop()
  if (segments[0] === 'Organizations' && segments[1] === 'Members') segments.shift()
  const verb = VERBS.filter((v) => action.startsWith(v) && /^(?:[A-Z]|$)/.test(action.slice(v.length)))
    .sort((a, b) => b.length - a.length)[0]
  const plural = verb === 'List' || verb === 'Search'
  const subject = segments.map((s, i) => (plural && i === segments.length - 1 ? s : (SINGULAR[s] ?? s)))
  const head = verb ?? 'Get'
  const qualifier = verb ? action.slice(verb.length) : action
  const name = [head, ...subject, qualifier].filter(Boolean).map(words).join('')
  return name[0].toLowerCase() + name.slice(1)
}

/** Folder of an endpoint module: the first namespace, or `members` for organization members. */
export function groupOf(id) {
  const [first, second] = id.split('.')
  if (first === 'Organizations' && second === 'Members') return 'members'
  const word = words(first.replace(/^(T?OTP)s$/, '$1'))
  return word[0].toLowerCase() + word.slice(1)
}
