// The types of `#deadline` (package.json `imports`) for the compiler, which cannot follow the
// import to the built module it names: both modules behind it have the shape of deadline.ts.
declare module '#deadline' {
  export const deadlineSignal: typeof import('./deadline.js').deadlineSignal
}
