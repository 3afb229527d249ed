import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 compiles TypeScript and JSX with oxc.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Worker and child-process tests start real servers; give them room on a shared 2-core box.
    testTimeout: 30_000,
    // Vitest's default is one worker less than the cores: one on the 2-core CI machine, where most
    // files wait on a server, workerd or Chromium rather than compute. Two keep both cores busy.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
