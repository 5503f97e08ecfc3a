import { optBool, optStr } from '../body.js'
import type { Route } from '../core.js'
import { jwks, rotateKey } from '../keys.js'
import type { OutboxMessage } from '../state.js'

/** Outbox messages matching the filter (all fields optional), oldest first. */
export function filterOutbox(messages: readonly OutboxMessage[], filter: { to?: string | undefined; template?: string | undefined; channel?: string | undefined }): OutboxMessage[] {
  const to = filter.to?.toLowerCase()
  return messages.filter((m) => (to === undefined || m.to.toLowerCase() === to) && (filter.template === undefined || m.template === filter.template) && (filter.channel === undefined || m.channel === filter.channel))
}

/** Routes that only the emulator has, under `/emulator/` (they need the project's Basic auth too). */
export const routes: Route[] = [
  { method: 'GET', path: '/emulator/health', handler: ({ em }) => ({ ok: true, project_id: em.projectId }) },
  {
    method: 'GET',
    path: '/emulator/outbox',
    handler: ({ em, body }) => ({ messages: filterOutbox(em.state.outbox, { to: optStr(body, 'to'), template: optStr(body, 'template'), channel: optStr(body, 'channel') }) }),
  },
  {
    method: 'DELETE',
    path: '/emulator/outbox',
    handler: ({ em }) => {
      const deleted = em.state.outbox.length
      em.state.outbox = []
      return { deleted }
    },
  },
  {
    method: 'POST',
    path: '/emulator/keys/rotate',
    handler: async ({ em, body }) => {
      const key = await rotateKey(em, { retirePrevious: optBool(body, 'retire_previous') ?? false })
      return { kid: key.kid, keys: jwks(em).keys }
    },
  },
]
