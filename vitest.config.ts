import { defineConfig } from 'vitest/config';

/** The files that drive real Chromium or workerd: each keeps its own module graph. */
const browsersAndWorkers = ['test/e2e/**/*.test.{ts,tsx}', 'test/workers/**/*.test.{ts,tsx}'];

export default defineConfig({
  // Vite 8 compiles TypeScript and JSX with oxc.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // Worker and child-process tests start real servers; give them room on a shared 2-core box.
    testTimeout: 30_000,
    // Vitest's default is one worker less than the cores: one on the 2-core CI machine, where most
    // files wait on a server, workerd or Chromium rather than compute. Two keep both cores busy.
    maxWorkers: 2,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'in-process',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: browsersAndWorkers,
          // These files share one module graph per worker instead of importing the app afresh for
          // each of ~200 files: on the 2-core box that import was most of their time (111 of these
          // files took 146 s isolated, 69 s shared, with the same results). No test here mocks a
          // module, stubs a global or changes process.env, so nothing one file does leaks into the next.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'browsers-and-workerd', include: browsersAndWorkers } },
    ],
  },
});
