import type { DefinisiKanal } from './kontrak-dasar'
import type { NAMA_KANAL_PERTUKARAN } from './kanal-pertukaran'

/**
 * The Pertukaran Data part of the API contract, spread into `kontrak` in
 * shared/api.ts. Roles: SEMUA / PENGUBAH / ADMIN from ./kontrak-dasar.
 */
export const kontrakPertukaran = {} as const satisfies Record<(typeof NAMA_KANAL_PERTUKARAN)[number], DefinisiKanal>
