#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { readPolicyFile, startEmulator } from './index.js'

const USAGE = `Usage: stytch-b2b-emulator [options]

A local, stateful Stytch B2B API on loopback, for development and CI.

  --port <n>          TCP port (default 8789, clear of wrangler's 8787 and 8788; 0 picks a free one)
  --host <addr>       127.0.0.1 (default), ::1 or localhost
  --project-id <id>   project id callers must use (default: a fixed test id)
  --secret <secret>   secret callers must use (default: a fixed test secret)
  --policy <file>     RBAC policy JSON: { roles, resources } or { policy: { … } }
  --data <file>       keep the state in this JSON file across restarts
  --quiet             do not log events
  -h, --help          show this text`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8789' },
      host: { type: 'string', default: '127.0.0.1' },
      'project-id': { type: 'string' },
      secret: { type: 'string' },
      policy: { type: 'string' },
      data: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0 to 65535, got ${values.port}`)
  const host = values.host
  if (host !== '127.0.0.1' && host !== '::1' && host !== 'localhost') throw new Error('--host: the emulator listens on loopback only (127.0.0.1, ::1 or localhost)')
  const emulator = await startEmulator({
    port,
    host,
    ...(values['project-id'] !== undefined && { projectId: values['project-id'] }),
    ...(values.secret !== undefined && { secret: values.secret }),
    ...(values.policy !== undefined && { policy: readPolicyFile(values.policy) }),
    ...(values.data !== undefined && { dataPath: values.data }),
    ...(!values.quiet && { log: (line: string) => console.log(`[emulator] ${line}`) }),
  })
  console.log(`Stytch B2B emulator on ${emulator.url}`)
  console.log(`  STYTCH_PROJECT_ID=${emulator.projectId}`)
  console.log(`  STYTCH_SECRET=${emulator.secret}`)
  console.log(`  createContext({ projectId, secret, baseUrl: '${emulator.url}' })`)
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`stytch-b2b-emulator: ${error instanceof Error ? error.message : String(error)}`)
  console.error('Run with --help for the options.')
  process.exit(1)
})
