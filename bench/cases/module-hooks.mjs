// Loader hooks for count-modules.mjs (they run on Node's hooks thread): every file: URL the ES
// module loader loads is posted to the main thread.
let port

export function initialize(data) {
  port = data.port
}

export async function load(url, context, next) {
  const result = await next(url, context)
  if (url.startsWith('file:')) port.postMessage(url)
  return result
}
