// The floor: what a hand-written integration does with no library at all. Used by the timing cases
// (raw fetch for per-call work, a Map index for RBAC) and bundled for the bytes floor, so the code
// timed is the code measured.

/**
 * One Stytch call by hand: `fetch`, the JSON body, Basic auth, then the JSON answer. With
 * `timeoutMs`, an AbortController per call the usual way, as a client with a timeout must.
 */
export async function rawCall(url, authorization, { method = 'GET', body, timeoutMs } = {}) {
  const controller = timeoutMs === undefined ? undefined : new AbortController()
  const timer = controller && setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(controller && { signal: controller.signal }),
    })
    return await response.json()
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A hand-written RBAC index: resource → action → the roles granting it (`*` actions included),
 * built once per policy. The check reads the subject's roles and the check's fields only.
 */
export function mapIndex(policy) {
  const index = new Map()
  for (const role of policy.roles) {
    for (const permission of role.permissions) {
      let byAction = index.get(permission.resource_id)
      if (!byAction) index.set(permission.resource_id, (byAction = new Map()))
      for (const action of permission.actions) {
        let roles = byAction.get(action)
        if (!roles) byAction.set(action, (roles = new Set()))
        roles.add(role.role_id)
      }
    }
  }
  return (subject, check) => {
    if (subject.organization_id !== check.organization_id) return false
    const byAction = index.get(check.resource_id)
    if (!byAction) return false
    const granted = byAction.get(check.action)
    const any = byAction.get('*')
    for (const role of subject.roles) if (granted?.has(role) || any?.has(role)) return true
    return false
  }
}
