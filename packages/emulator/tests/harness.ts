// Shared setup of the end-to-end tests: the library, over HTTP, against a real emulator.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import { createContext, StytchApiError, type Context, type StytchConfig } from 'stytch-b2b'
import { endpoints, type EndpointEntry } from 'stytch-b2b/manifest'
import { startEmulator, type EmulatorOptions, type OutboxMessage, type RunningEmulator } from '../src/index.js'

/**
 * The manifest groups (the folders of `src/endpoints`, the one route grouping) that each
 * end-to-end test file (`packages/emulator/tests/<file>.e2e.test.ts`) covers.
 */
const E2E_FILES = {
  organizations: ['organizations'],
  members: ['members'],
  magicLinks: ['magicLinks'],
  discovery: ['discovery'],
  passwords: ['passwords'],
  sessions: ['sessions', 'rbac'],
  mfa: ['otp', 'totp', 'recoveryCodes'],
  oauth: ['oauth'],
  sso: ['sso'],
  scim: ['scim'],
  m2m: ['m2m'],
  connectedApps: ['connectedApp', 'idp'],
  project: ['debug', 'project', 'fraud'],
  impersonation: ['impersonation'],
} as const

/**
 * Routes that an end-to-end file claims by id, away from the file of their manifest group (the
 * organization and member views of connected apps belong with the connected-app tests).
 */
const E2E_IDS: { readonly [F in keyof typeof E2E_FILES]?: readonly string[] } = {
  connectedApps: ['Organizations.ConnectedApps', 'Organizations.GetConnectedApp', 'Organizations.Members.GetConnectedApps', 'Organizations.Members.ConnectedApps.Revoke'],
}

const groupOf = new Map(endpoints.map((e) => [e.id, e.group]))
const claimed = new Set(Object.values(E2E_IDS).flat())

/** Which reference ids each end-to-end test file covers: those it claims, and the rest of its manifest groups. */
export const E2E_GROUPS = Object.fromEntries(
  Object.entries(E2E_FILES).map(([file, groups]) => {
    const own = new Set<string>(E2E_IDS[file as keyof typeof E2E_FILES] ?? [])
    return [file, (id: string) => own.has(id) || (!claimed.has(id) && (groups as readonly string[]).includes(groupOf.get(id) ?? ''))]
  }),
) as { readonly [F in keyof typeof E2E_FILES]: (id: string) => boolean }

export type E2eGroup = keyof typeof E2E_GROUPS


/** The manifest entries that the emulator answers: all of them. */
export const emulated: readonly EndpointEntry[] = endpoints

/** The manifest entries of a group that the emulator answers. */
export function groupRoutes(group: E2eGroup): EndpointEntry[] {
  return emulated.filter((e) => E2E_GROUPS[group](e.id))
}

export interface E2eSetup {
  readonly emulator: RunningEmulator
  /** A context pointed at the emulator. */
  readonly ctx: Context
  /** Another context for the same emulator with other options (e.g. no retries). */
  context(config?: Partial<StytchConfig>): Context
}

/**
 * Starts an emulator for the file and, after all its tests, checks that every route of `group`
 * answered at least one request with 2xx: so each route is exercised for real, not just listed.
 */
export function useEmulator(group: E2eGroup, options: EmulatorOptions = {}): E2eSetup {
  let emulator: RunningEmulator | undefined
  const context = (config: Partial<StytchConfig> = {}): Context =>
    createContext({ projectId: emulator!.projectId, secret: emulator!.secret, baseUrl: emulator!.url, fraudBaseUrl: emulator!.url, retry: { limit: 0 }, ...config })
  let ctx: Context | undefined
  beforeAll(async () => {
    // STYTCH_EMULATOR_LOG=1 prints the emulator's log (internal errors with their stack) to stderr.
    emulator = await startEmulator({ ...(process.env['STYTCH_EMULATOR_LOG'] && { log: (line: string) => console.error(`emulator: ${line}`) }), ...options })
    ctx = context()
  })
  afterAll(async () => {
    const missing = groupRoutes(group).filter((e) => !emulator!.hits.ok.has(`${e.method} ${e.path}`)).map((e) => e.id)
    const report = process.env['STYTCH_E2E_REPORT_DIR']
    if (report) {
      const { ok, failed, authorized, samples } = emulator!.hits
      writeFileSync(join(report, `${group}.json`), JSON.stringify({ ok: [...ok.keys()], failed: [...failed.keys()], authorized: [...authorized.keys()], samples: Object.fromEntries([...samples].map(([k, text]) => [k, JSON.parse(text) as unknown])) }))
    }
    await emulator?.close()
    expect(missing, `routes of "${group}" that no test answered with 2xx`).toEqual([])
  })
  return {
    get emulator() {
      return emulator!
    },
    get ctx() {
      return ctx!
    },
    context,
  }
}

/** The `StytchApiError` a call rejects with (fails the test if it resolves or throws anything else). */
export async function apiError(promise: Promise<unknown>): Promise<StytchApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof StytchApiError)) throw new Error(`expected a StytchApiError, got ${String(error)}`)
  return error
}

/** POSTs to an emulator route with the project's Basic auth; returns the status and JSON body. */
export async function emulatorPost(emulator: RunningEmulator, path: string, body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${emulator.projectId}:${emulator.secret}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

/** A token from the emulator's IdP stand-in (`/emulator/oauth/token` or `/emulator/sso/token`). */
export async function mintToken(emulator: RunningEmulator, kind: 'oauth' | 'sso', body: Record<string, unknown>): Promise<string> {
  const { status, json } = await emulatorPost(emulator, `/emulator/${kind}/token`, body)
  expect(status, JSON.stringify(json)).toBe(200)
  expect(json['token']).toEqual(expect.any(String))
  return json['token'] as string
}

/** The token of the newest outbox email to `to` with `template`. */
export function lastToken(emulator: RunningEmulator, to: string, template: OutboxMessage['template']): string {
  const token = emulator.outbox({ to, template }).at(-1)?.token
  if (!token) throw new Error(`no ${template} email to ${to}`)
  return token
}
