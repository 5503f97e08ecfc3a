import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // The sources' `#rs256` and `#deadline` (package.json `imports`) name built files; tests run the Node sources.
    alias: [
      { find: /^#rs256$/, replacement: fileURLToPath(new URL('./src/jwt/rs256.node.ts', import.meta.url)) },
      { find: /^#deadline$/, replacement: fileURLToPath(new URL('./src/core/deadline.node.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    typecheck: { enabled: false, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    pool: 'threads',
    // Property tests run 10,000-100,000 cases; CI machines are shared and slower than a laptop.
    testTimeout: 60_000,
  },
})
