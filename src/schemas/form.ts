// Hand-written, as their endpoints are: the params of the two form-encoded OAuth2 routes.
import * as v from 'valibot'
import { strict } from '../core/schema.js'

/** Params of `getM2mToken` (POST /v1/public/{project_id}/oauth2/token), strict: a misspelt key fails. */
export const GetM2mTokenParamsSchema = strict({
  client_id: v.string(),
  client_secret: v.string(),
  scopes: v.optional(v.array(v.string())),
})

/** Params of `introspectIdpTokenNetwork` (POST /v1/public/{project_id}/oauth2/introspect), strict: a misspelt key fails. */
export const IntrospectIdpTokenNetworkParamsSchema = strict({
  token: v.string(),
  client_id: v.string(),
  client_secret: v.optional(v.string()),
  token_type_hint: v.optional(v.string()),
})
