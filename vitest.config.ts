import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    typecheck: { enabled: false, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    pool: 'threads',
  },
})
