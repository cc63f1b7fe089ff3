/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentOptions } from './scripts/content/config.ts';
import { lessonsPlugin } from './scripts/content/vitePlugin.ts';
import { pwaOptions } from './scripts/pwaOptions.ts';

/**
 * Browsers on old school computers: Chrome 109 is the last Chrome on Windows 7/8.1 and Firefox 115 ESR
 * the last Firefox there. Vite's default (Chrome 111) would leave them out. The target lowers syntax
 * only, so the code also keeps to APIs these browsers have (tests/build/legacy-browsers.test.ts).
 */
export const BROWSER_TARGETS = ['chrome109', 'edge109', 'firefox115', 'safari15'];

export default defineConfig({
  plugins: [lessonsPlugin(contentOptions()), react(), VitePWA(pwaOptions)],
  build: {
    target: BROWSER_TARGETS,
    rollupOptions: {
      output: {
        // Lesson bodies get their own folder so the precache test and the benchmark can find them.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.startsWith('\0virtual:lesson/')) ? 'lessons/[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
