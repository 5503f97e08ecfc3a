// Vercel Edge entry: bundled to an IIFE and evaluated in the EdgeRuntime VM (no Node globals).
import * as sdk from 'stytch-b2b'
import * as jwt from 'stytch-b2b/jwt'
import * as rbac from 'stytch-b2b/rbac'
import * as v from 'valibot'
import { run as suite } from './conformance.mjs'

export const run = (baseUrl) => suite(baseUrl, { sdk, jwt, rbac, v })
