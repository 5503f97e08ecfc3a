// Generated from spec/b2b-api.json by `npm run generate`; do not edit. Route: POST /v1/fingerprint/lookup
import type { Context } from '../../core/context.js'
import { call } from '../../core/pipeline.js'
import type { Endpoint, CallOptions } from '../../core/types.js'
import type { Fingerprints, Metadata, Properties, Verdict } from '../models.js'
import type { MetadataInput } from '../inputs.js'
import { MetadataShape } from '../shapes.js'

/** Params of {@link lookupFraudFingerprint}; a key it does not name fails before sending. */
export interface LookupFraudFingerprintParams {
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: string
  external_metadata?: MetadataInput | undefined
}

/** Response of {@link lookupFraudFingerprint}. */
export interface LookupFraudFingerprintResponse {
  /** Stytch's id of this request; quote it to Stytch support. */
  request_id: string
  /** Id from Stytch's device fingerprinting, so that Stytch can check the device behind the request. */
  telemetry_id: string
  fingerprints: Fingerprints
  verdict: Verdict
  external_metadata: Metadata
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  created_at: string
  /** A time, as RFC 3339 text (e.g. `2024-03-03T09:00:00Z`). */
  expires_at: string
  /** HTTP status code of the answer. */
  status_code: number
  properties?: Properties
  raw_signals?: Record<string, unknown>
}

const endpoint: Endpoint = {
  method: 'POST',
  path: ['/v1/fingerprint/lookup'],
  params: { telemetry_id: 'S', external_metadata: ['o', MetadataShape] },
  telemetry: true,
  response: { request_id: 's', telemetry_id: 's', fingerprints: 'o', verdict: 'o', external_metadata: 'o', created_at: 's', expires_at: 's', status_code: 'n' },
}

/**
 * Looks up the device fingerprint behind a telemetry id and returns Stytch’s verdict on it.
 *
 * @throws {StytchError} `StytchParamsError` before sending; `StytchApiError` (Stytch's `error_type` as `code`),
 *   or a network, timeout, abort or decode error.
 * @see https://stytch.com/docs/fraud/api/fingerprint-lookup
 */
export function lookupFraudFingerprint(
  ctx: Context,
  params: LookupFraudFingerprintParams,
  options?: CallOptions,
): Promise<LookupFraudFingerprintResponse> {
  return call(ctx, endpoint, params, options)
}
