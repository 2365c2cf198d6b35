import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are bundled for Electron; better-sqlite3 stays external because it is a
// native addon loaded from node_modules (or from the packaged app's unpacked resources).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The archive worker is an entry of its own: the host starts it from beside the bundle.
        input: { index: resolve(__dirname, 'electron/main.ts'), 'archive-worker': resolve(__dirname, 'host/archive-worker.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron` and a few Node shims, so everything
      // else it uses is bundled into it rather than left as a require of node_modules.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    // The Hunspell dictionaries are bundled as text for the spelling worker; their packages
    // export only their Node loader, so their files are reached through these names.
    resolve: {
      alias: {
        '@dictionaries/fa': resolve(__dirname, 'node_modules/dictionary-fa'),
        '@dictionaries/en': resolve(__dirname, 'node_modules/dictionary-en'),
      },
    },
    worker: { format: 'es' },
    build: {
      // Shipped inside the app and loaded from disk; smaller is still a faster first paint. The
      // typing bench's profiling run builds it unminified, so a profile names the functions.
      minify: process.env.DABIR_RENDERER_MINIFY !== '0',
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
