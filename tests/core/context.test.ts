import { inspect } from 'node:util'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createContext, isStytchError, StytchConfigError, VERSION } from '../../src/index.js'
import { retryPolicy } from '../../src/core/retry.js'

const valid = { projectId: 'project-test-123', secret: 'secret-test-XYZ' }

function configError(fn: () => unknown): StytchConfigError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(StytchConfigError)
    return error as StytchConfigError
  }
  throw new Error('expected a StytchConfigError')
}

describe('createContext', () => {
  it('picks the API from the project id', () => {
    expect(createContext(valid).baseUrl).toBe('https://test.stytch.com')
    expect(createContext({ projectId: 'project-live-123', secret: 'secret-live-XYZ' }).baseUrl).toBe('https://api.stytch.com')
  })

  it('sends fraud routes to the telemetry origin unless fraudBaseUrl says otherwise, checked like baseUrl', () => {
    expect(createContext(valid).fraudBaseUrl).toBe('https://telemetry.stytch.com')
    expect(createContext({ ...valid, fraudBaseUrl: 'http://127.0.0.1:9/' }).fraudBaseUrl).toBe('http://127.0.0.1:9')
    expect(configError(() => createContext({ ...valid, fraudBaseUrl: 'http://telemetry.example' })).field).toBe('fraudBaseUrl')
  })

  it('accepts https and loopback http base URLs, without a trailing slash', () => {
    expect(createContext({ ...valid, baseUrl: 'https://stytch.example/' }).baseUrl).toBe('https://stytch.example')
    expect(createContext({ ...valid, baseUrl: 'https://stytch.example/prefix/' }).baseUrl).toBe('https://stytch.example/prefix')
    for (const url of ['http://127.0.0.1:8787', 'http://localhost:1', 'http://[::1]:9']) {
      expect(createContext({ ...valid, baseUrl: url }).baseUrl).toBe(url)
    }
  })

  it.each([
    ['http://example.com', 'baseUrl'],
    ['http://127.0.0.2', 'baseUrl'],
    ['http://localhost.example.com', 'baseUrl'],
    ['ftp://127.0.0.1', 'baseUrl'],
    ['not a url', 'baseUrl'],
    ['https://user:pw@stytch.example', 'baseUrl'],
    ['https://stytch.example/?x=1', 'baseUrl'],
  ])('rejects base URL %s', (baseUrl, field) => {
    expect(configError(() => createContext({ ...valid, baseUrl })).field).toBe(field)
  })

  it.each([
    [{ ...valid, projectId: '' }, 'projectId'],
    [{ ...valid, projectId: 'a:b' }, 'projectId'],
    [{ ...valid, secret: undefined }, 'secret'],
    [{ ...valid, timeoutMs: 0 }, 'timeoutMs'],
    [{ ...valid, timeoutMs: 1.5 }, 'timeoutMs'],
    [{ ...valid, fetch: 'fetch' }, 'fetch'],
    [{ ...valid, userAgent: 'x\r\nInjected: 1' }, 'userAgent'],
    [{ ...valid, hooks: { beforeRequest: 1 } }, 'hooks.beforeRequest'],
    [{ ...valid, hooks: 'none' }, 'hooks'],
    [null, 'config'],
  ])('names the bad field (%#)', (config, field) => {
    const error = configError(() => createContext(config as never))
    expect(error.field).toBe(field)
    expect(error.code).toBe('invalid_config')
    expect(error.message.startsWith(`${field}: `)).toBe(true)
    expect(isStytchError(error)).toBe(true)
  })

  it('returns frozen plain data with defaults', () => {
    const ctx = createContext(valid)
    expect(Object.isFrozen(ctx)).toBe(true)
    expect(ctx.timeoutMs).toBe(10_000)
    expect(retryPolicy(ctx)).toMatchObject({ limit: 2, methods: ['GET'] })
    expect(retryPolicy(createContext({ ...valid, retry: false })).limit).toBe(0)
    expect(retryPolicy(createContext({ ...valid, retry: 3 })).limit).toBe(3)
    expect(createContext({ ...valid, userAgent: 'my-app/1.2' }).userAgent).toBe(`stytch-b2b/${VERSION} my-app/1.2`)
  })

  it('keeps the secret out of JSON, inspect and enumeration', () => {
    const secret = 'secret-live-MUST-NOT-LEAK-1234567890'
    const ctx = createContext({ projectId: 'project-live-1', secret, hooks: { beforeRequest() {} } })
    const basic = btoa(`project-live-1:${secret}`)
    for (const text of [
      JSON.stringify(ctx),
      inspect(ctx),
      inspect(ctx, { showHidden: true, depth: 10 }),
      String(Object.values(ctx)),
      JSON.stringify(Object.getOwnPropertyDescriptors(ctx)),
    ]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(basic)
    }
  })

  it('creates nothing at import and keeps VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})
