import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the server saw it. */
export interface Recorded {
  method: string
  /** Raw request target path, still percent-encoded. */
  rawPath: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: unknown
  rawBody: string
}

/** What the server answers: a status, a JSON (or raw string) body and headers; `delayMs` stalls before answering. */
export interface Reply {
  status?: number
  body?: unknown
  raw?: string
  headers?: Record<string, string>
  delayMs?: number
  /** Drop the connection without answering. */
  destroy?: boolean
}

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers from a queue of
 * replies (the last one repeats). Tests talk to it through the library's real fetch path.
 */
export interface RecordingServer {
  url: string
  requests: Recorded[]
  reply(...replies: Array<Reply | ((req: Recorded) => Reply)>): void
  close(): Promise<void>
}

export async function startServer(): Promise<RecordingServer> {
  const requests: Recorded[] = []
  let queue: Array<Reply | ((req: Recorded) => Reply)> = [{ status: 200, body: {} }]
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8')
      const target = req.url ?? '/'
      const q = target.indexOf('?')
      const recorded: Recorded = {
        method: req.method ?? '',
        rawPath: q === -1 ? target : target.slice(0, q),
        query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)),
        headers: req.headers,
        rawBody,
        body: rawBody ? safeJson(rawBody) : undefined,
      }
      requests.push(recorded)
      const next = queue.length > 1 ? queue.shift()! : queue[0]!
      const reply = typeof next === 'function' ? next(recorded) : next
      const send = (): void => {
        if (res.destroyed) return
        if (reply.destroy) {
          req.socket.destroy()
          return
        }
        const text = reply.raw ?? JSON.stringify(reply.body ?? {})
        res.writeHead(reply.status ?? 200, {
          'content-type': reply.raw === undefined ? 'application/json' : 'text/html',
          ...reply.headers,
        })
        res.end(text)
      }
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref()
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply(...replies) {
      queue = replies
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
