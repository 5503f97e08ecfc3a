// CommonJS entry for Node 20: the library loads through require() (require of ESM).
const sdk = require('stytch-b2b')
const jwt = require('stytch-b2b/jwt')
const rbac = require('stytch-b2b/rbac')
const v = require('valibot')

import('./conformance.mjs').then(async ({ run }) => {
  const result = await run(process.env.BASE_URL, { sdk, jwt, rbac, v })
  console.log(JSON.stringify(result))
  if (!result.ok) process.exit(1)
})
