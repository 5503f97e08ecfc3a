import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'packages/*/tests/**/*.test.ts'],
    typecheck: { enabled: false, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    pool: 'threads',
    // Property tests run 10,000-100,000 cases; CI machines are shared and slower than a laptop.
    testTimeout: 60_000,
  },
})
