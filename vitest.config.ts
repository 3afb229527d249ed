import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 compiles TypeScript and JSX with oxc.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Worker and child-process tests start real servers; give them room on a shared 2-core box.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
