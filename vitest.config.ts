import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
