import type { PetaPenangan } from '../penangan'
import { riwayatAudit } from '.'

export const penanganAudit: PetaPenangan<'audit:riwayat'> = {
  'audit:riwayat': (m, k) => riwayatAudit(k, m.tabel, m.kunci),
}
