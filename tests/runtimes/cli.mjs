// ESM entry for Node, Bun and Deno: import the library by its public subpaths and run the suite.
import * as sdk from 'stytch-b2b'
import * as jwt from 'stytch-b2b/jwt'
import * as rbac from 'stytch-b2b/rbac'
import * as v from 'valibot'
import { run } from './conformance.mjs'

const baseUrl = globalThis.process?.env?.BASE_URL ?? globalThis.Deno?.env.get('BASE_URL')
const result = await run(baseUrl, { sdk, jwt, rbac, v })
console.log(JSON.stringify(result))
if (!result.ok) globalThis.process?.exit?.(1)
