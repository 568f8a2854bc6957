import { namaBulan } from '../../../shared/format'
import type { NAMA_KANAL_PETA } from '../../../shared/kanal-peta'
import { segarkan } from '../ikdk/baca'
import type { PetaPenangan } from '../penangan'
import { bacaDataPeta } from './data'
import { hapusBatas, pratinjauPeta, simpanBatas, simpanTitik } from './impor'
import { susunSvgPeta } from './statis'

/** 'Peta_Rawan_September_2024.png', with the Polsek when the map is of one. */
function namaBerkasPng(bulan: string, polsek: string | null): string {
  const bagian = ['Peta', 'Rawan', ...namaBulan(bulan).split(' '), ...(polsek ? polsek.split(/\s+/) : [])]
  return `${bagian.map((b) => b.replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean).join('_')}.png`
}

export const penanganPeta: PetaPenangan<(typeof NAMA_KANAL_PETA)[number]> = {
  'peta:data': async (m, k) => {
    await segarkan(k)
    return bacaDataPeta(k.bd, m.bulan, { polsekId: m.polsekId ?? null })
  },
  'peta:svg': async (m, k) => {
    await segarkan(k)
    const polsek = m.polsekId == null ? null : ((k.bd.sqlite.prepare('SELECT nama FROM polsek WHERE id = ?').get(m.polsekId) as { nama: string } | undefined)?.nama ?? null)
    return { svg: susunSvgPeta(k, m.bulan, { polsekId: m.polsekId ?? null, lebar: m.lebar, tinggi: m.tinggi, skematik: m.skematik }), namaBerkas: namaBerkasPng(m.bulan, polsek) }
  },
  'peta:batas-pratinjau': async (m, k) => pratinjauPeta(k, 'batas', m),
  'peta:batas-simpan': (m, k) => simpanBatas(k, m.token),
  'peta:batas-hapus': (m, k) => hapusBatas(k, m.desaKode),
  'peta:titik-pratinjau': async (m, k) => pratinjauPeta(k, 'titik', m),
  'peta:titik-simpan': (m, k) => simpanTitik(k, m.token),
}
