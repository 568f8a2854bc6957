import type { PetaPenangan } from '../penangan'
import { daftarCadangan, periksaUnggahan, pulihkanCadangan, unduhCadangan } from './layanan'

export const penanganCadangan: PetaPenangan<'cadangan:daftar' | 'cadangan:unduh' | 'cadangan:periksa' | 'cadangan:pulihkan'> = {
  'cadangan:daftar': async (_m, k) => ({ folder: k.folderData, cadangan: daftarCadangan(k.folderData) }),
  'cadangan:unduh': (m, k) => unduhCadangan(k, m),
  'cadangan:periksa': (m) => periksaUnggahan(m),
  'cadangan:pulihkan': (m, k) => pulihkanCadangan(k, m),
}
