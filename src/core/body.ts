import { StytchResponseTooLargeError } from './errors.js'

/**
 * Reads a response body as UTF-8 text, holding at most `limit` bytes: a larger body (by its
 * `Content-Length`, or by what arrives) is cancelled and fails with `StytchResponseTooLargeError`.
 */
export async function readBody(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  const fail = (): never => {
    reader.cancel().catch(() => {})
    throw new StytchResponseTooLargeError(limit)
  }
  if (Number(response.headers.get('Content-Length')) > limit) fail()
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    if ((size += value.byteLength) > limit) fail()
    text += decoder.decode(value, { stream: true })
  }
}
