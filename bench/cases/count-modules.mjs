// `node --import ./cases/count-modules.mjs …`: at exit, prints {"modules": n}, the number of module
// files the process loaded: ES modules seen by a load hook plus CommonJS modules in require.cache
// (Node 20's hooks do not see require()). Used in a separate, untimed run: hooks cost time.
import { createRequire, register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads'

const { port1, port2 } = new MessageChannel()
port1.unref()
register('./module-hooks.mjs', import.meta.url, { data: { port: port2 }, transferList: [port2] })
const require = createRequire(import.meta.url)

process.on('exit', () => {
  const files = new Set()
  // Each URL was posted before its load finished, so all of them are queued by now.
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) files.add(m.message)
  for (const path of Object.keys(require.cache)) files.add(pathToFileURL(path).href)
  process.stdout.write(`\n${JSON.stringify({ modules: files.size })}\n`)
})
