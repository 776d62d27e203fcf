import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { corpusPlugin } from './scripts/build/corpus-plugin.ts';
import { bootPlugin } from './scripts/build/boot-plugin.ts';
import { cspPlugin } from './scripts/build/csp-plugin.ts';
import { inlineCssPlugin } from './scripts/build/inline-css-plugin.ts';
import { eventPagesPlugin } from './scripts/build/event-pages/event-pages-plugin.ts';
import { prerenderPlugin } from './scripts/build/prerender-plugin.ts';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    corpusPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds' }),
    bootPlugin({ entry: 'src/boot.ts' }),
    cspPlugin(),
    inlineCssPlugin(),
    eventPagesPlugin({ siteUrl: process.env.SITE_URL }),
    // Last: it fills the pages the plugins before it wrote.
    prerenderPlugin(),
  ],
  // CSS for the browsers Tailwind 4 supports (Safari 16.4+, Chrome 111+, Firefox 128+): no vendor
  // prefixes or colour-mix fallbacks they do not need.
  build: {
    outDir: 'dist',
    target: 'es2022',
    cssTarget: ['chrome111', 'edge111', 'safari16.4', 'firefox128'],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'pipeline', environment: 'node', include: ['tests/pipeline/**/*.test.ts'], testTimeout: 20_000 } },
      { extends: true, test: { name: 'tooling', environment: 'node', include: ['tests/tooling/**/*.test.ts'], testTimeout: 60_000 } },
      // jsdom renders of the whole explorer take seconds on a loaded 2-core machine.
      {
        extends: true,
        test: { name: 'app', environment: 'jsdom', include: ['tests/app/**/*.test.{ts,tsx}'], setupFiles: ['tests/app/setup-lazy-views.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
