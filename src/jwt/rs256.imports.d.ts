// The types of `#rs256` (package.json `imports`) for the compiler, which cannot follow the
// import to the built module it names: both modules behind it have the shape of rs256.ts.
declare module '#rs256' {
  const module: typeof import('./rs256.js')
  export const importKey: typeof module.importKey
  export const verify: typeof module.verify
}
