import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'

// Main and preload bundle the app's own code; npm dependencies stay external
// (better-sqlite3 is native and idn-area-data reads its CSV files at run time).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Named "index" so the output is out/main/index.js, package.json's "main".
      lib: { entry: { index: resolve(import.meta.dirname, 'electron/app/main.ts') }, formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
})
