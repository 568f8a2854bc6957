import path from 'node:path'

/** Where scripts/electron-native.mjs puts the Electron-ABI better-sqlite3 build in a development checkout. */
export function lokasiBindingDev(akarRepo: string, versiElectron: string): string {
  return path.join(akarRepo, '.electron-native', versiElectron, 'better_sqlite3.node')
}

/**
 * Which better_sqlite3.node Electron should load.
 * node_modules/better-sqlite3 stays built for Node (so `npm test` works);
 * in a development checkout Electron gets its own ABI build instead. A
 * packaged app was rebuilt for Electron by electron-builder and ignores the
 * environment: honouring BINMAS_SQLITE_BINDING there would let anyone who
 * can set an environment variable load native code into the app, which is
 * what the disabled NODE_OPTIONS fuse is meant to prevent.
 */
export function pilihBindingSqlite(o: {
  env: NodeJS.ProcessEnv
  dikemas: boolean
  akarRepo: string
  versiElectron: string
  ada: (berkas: string) => boolean
}): string | undefined {
  if (o.dikemas) return undefined
  if (o.env.BINMAS_SQLITE_BINDING) return path.resolve(o.env.BINMAS_SQLITE_BINDING)
  const dev = lokasiBindingDev(o.akarRepo, o.versiElectron)
  return o.ada(dev) ? dev : undefined
}
