import type { Route } from '../core.js'
import { routes as connectedApps } from './connectedApps.js'
import { routes as discovery } from './discovery.js'
import { routes as emailOtp } from './emailOtp.js'
import { routes as emailUpdate } from './emailUpdate.js'
import { routes as emulator } from './emulator.js'
import { routes as idp } from './idp.js'
import { routes as m2m } from './m2m.js'
import { routes as fraud } from './fraud.js'
import { routes as externalIds } from './externalIds.js'
import { routes as impersonation } from './impersonation.js'
import { routes as magicLinks } from './magicLinks.js'
import { routes as members } from './members.js'
import { routes as mfa } from './mfa.js'
import { routes as oauth } from './oauth.js'
import { routes as oauth2 } from './oauth2.js'
import { routes as organizations } from './organizations.js'
import { routes as passwords } from './passwords.js'
import { routes as project } from './project.js'
import { routes as rbac } from './rbac.js'
import { routes as scim } from './scim.js'
import { routes as sessions } from './sessions.js'
import { routes as sso } from './sso.js'
import { routes as trustedTokens } from './trustedTokens.js'

// Literal paths must win over templates that would also match them (`/organizations/search`
// before `/organizations/{organization_id}`), so routes are sorted by their literal prefix.
function specificity(route: Route): number[] {
  return route.path.split('/').map((segment) => (segment.startsWith('{') ? 0 : 1))
}

function compareSpecificity(a: Route, b: Route): number {
  const sa = specificity(a)
  const sb = specificity(b)
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const d = (sb[i] ?? 0) - (sa[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** Every route the emulator answers: the API routes and the emulator-only ones. */
export const allRoutes: readonly Route[] = [
  ...organizations,
  ...members,
  ...magicLinks,
  ...discovery,
  ...passwords,
  ...sessions,
  ...mfa,
  ...oauth,
  ...rbac,
  ...sso,
  ...scim,
  ...m2m,
  ...connectedApps,
  ...oauth2,
  ...idp,
  ...project,
  ...fraud,
  ...emailOtp,
  ...emailUpdate,
  ...externalIds,
  ...impersonation,
  ...trustedTokens,
  ...emulator,
].sort(compareSpecificity)
