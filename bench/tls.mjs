// TLS on loopback for the bench scripts that drive the official SDK, which refuses a
// custom_base_url that is not https: a self-signed certificate for 127.0.0.1 made with openssl at
// run time, an undici Agent (the SDK's own undici, for its `dispatcher` option) that trusts only
// that certificate, and a small HTTPS proxy that forwards every request to a plain-http server.
import { execFileSync } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { createServer } from 'node:https'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

/**
 * A fresh RSA key and self-signed certificate for 127.0.0.1 in `dir` (`<name>-key.pem`,
 * `<name>-cert.pem`), valid for one day. Throws when openssl is missing or fails.
 */
export function makeCertificate(dir, name, subject = '/CN=127.0.0.1') {
  const keyPath = `${dir}/${name}-key.pem`
  const certPath = `${dir}/${name}-cert.pem`
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', subject,
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' })
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), keyPath, certPath }
}

/**
 * An undici Agent, from the undici the official SDK depends on, whose `ca` replaces the default
 * roots: it trusts `cert` and nothing else.
 */
export function trustingAgent(cert) {
  const { Agent } = createRequire(createRequire(import.meta.url).resolve('stytch'))('undici')
  return new Agent({ connect: { ca: cert } })
}

/** Hop-by-hop headers, which belong to one connection and are not forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'])

function forwardable(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())))
}

/**
 * An HTTPS server on 127.0.0.1 that forwards every request (method, raw path and query, headers,
 * body) to `target` (an http:// origin on loopback) and streams the answer back as it came,
 * status and headers included; a redirect is passed on, never followed. A request that gets no
 * answer within `timeoutMs` is answered 504. Resolves to `{ url, close }`.
 */
export async function startTlsProxy({ target, key, cert, timeoutMs = 10_000 }) {
  const upstream = new URL(target)
  if (upstream.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(upstream.hostname)) {
    throw new Error(`startTlsProxy forwards to a loopback http:// origin only, not ${target}`)
  }
  const server = createServer({ key, cert }, (req, res) => {
    const outgoing = httpRequest(
      { host: upstream.hostname.replace(/^\[|\]$/g, ''), port: upstream.port, method: req.method, path: req.url, headers: { ...forwardable(req.headers), host: upstream.host }, timeout: timeoutMs },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers))
        answer.pipe(res)
      },
    )
    const failWith = (status, message) => {
      if (!res.headersSent) {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ status_code: status, error_type: 'proxy_error', error_message: message }))
      } else res.destroy()
    }
    outgoing.on('timeout', () => {
      outgoing.destroy()
      failWith(504, `no answer from ${target} in ${timeoutMs} ms`)
    })
    outgoing.on('error', (error) => failWith(502, `could not reach ${target}: ${error.message}`))
    req.pipe(outgoing)
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return {
    url: `https://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
