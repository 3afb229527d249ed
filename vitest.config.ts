import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Worker and child-process tests start real servers; give them room on a shared 2-core box.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
