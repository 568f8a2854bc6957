import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { kontrak } from './shared/api'

// The roles of every channel, read from the contract at build time, so the
// renderer can hide what the user may not do without bundling the schemas.
const peranKanal = Object.fromEntries(Object.entries(kontrak).map(([kanal, d]) => [kanal, d.peran]))

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
    define: { __PERAN_KANAL__: JSON.stringify(peranKanal) },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
})
