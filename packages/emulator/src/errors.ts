import type { ServerResponse } from 'node:http'

/** An API error the emulator answers with, in Stytch's error shape. */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError'
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
  ) {
    super(message)
  }
}

/** Throws an {@link EmulatorError}; handlers call it before they change any state. */
export function fail(status: number, errorType: string, message: string): never {
  throw new EmulatorError(status, errorType, message)
}

/** A 404 for a record that does not exist, e.g. `notFound('member', id)`. */
export function notFound(kind: string, id: string): never {
  return fail(404, `${kind}_not_found`, `No ${kind.replace(/_/g, ' ')} with id ${JSON.stringify(id)} exists in this project.`)
}

/** A 400 naming the request field and what is wrong with it. */
export function badRequest(field: string, problem: string): never {
  return fail(400, 'invalid_request', `${field}: ${problem}`)
}

/**
 * An error of the OAuth 2.0 routes (token, introspection), answered in OAuth's shape
 * (`error`, `error_description`, RFC 6749 §5.2) as Stytch's token endpoint does.
 */
export class OAuthError extends EmulatorError {}

/** Throws an {@link OAuthError}, e.g. `oauthFail(401, 'invalid_client', '…')`. */
export function oauthFail(status: number, error: string, description: string): never {
  throw new OAuthError(status, error, description)
}

export function errorBody(status: number, errorType: string, message: string, requestId: string, oauth = false): Record<string, unknown> {
  if (oauth) return { status_code: status, request_id: requestId, error: errorType, error_description: message }
  return {
    status_code: status,
    request_id: requestId,
    error_type: errorType,
    error_message: message,
    error_url: `https://stytch.com/docs/b2b/api/errors/${status}#${errorType}`,
  }
}

/** Sends `body` as JSON; returns the text sent. */
export function sendJson(res: ServerResponse, status: number, body: unknown): string {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
  return text
}
