import { formatAngka, formatRentangMinggu } from '../../../shared/format'
import { barisDilaporkan } from '../../../shared/mingguan'
import type { Konteks } from '../konteks'
import { ambilMingguan } from './ambil'

export interface KelengkapanPolsek {
  polsekId: number | null
  polsekNama: string
  total: number
  melapor: number
  belum: { kode: string; nama: string; kecamatanNama: string }[]
}

const persen = (a: number, b: number) => (b === 0 ? '0' : formatAngka((a / b) * 100, 1))

/**
 * Which desa reported in a week, overall and per Polsek, and a short plain-text
 * summary to paste into WhatsApp.
 */
export async function kelengkapanMingguan(k: Konteks, m: { tahun: number; minggu: number }) {
  const data = await ambilMingguan(k, m)
  const perPolsek = new Map<string, KelengkapanPolsek>()
  for (const b of data.baris) {
    const nama = b.polsekNama ?? 'Tanpa Polsek'
    const p = perPolsek.get(nama) ?? { polsekId: b.polsekId, polsekNama: nama, total: 0, melapor: 0, belum: [] }
    p.total++
    if (barisDilaporkan(b.nilai)) p.melapor++
    else p.belum.push({ kode: b.desaKode, nama: b.desaNama, kecamatanNama: b.kecamatanNama })
    perPolsek.set(nama, p)
  }
  const polsek = [...perPolsek.values()].sort((a, b) => a.polsekNama.localeCompare(b.polsekNama, 'id'))
  const total = data.baris.length
  const melapor = polsek.reduce((a, p) => a + p.melapor, 0)
  const satker = await k.bd.db.selectFrom('satker').select('nama').executeTakeFirst()

  const baris = [
    `*Kelengkapan Laporan Bhabinkamtibmas*`,
    `${satker?.nama ?? ''}`,
    `${formatRentangMinggu(m.tahun, m.minggu)}`,
    `${melapor} dari ${total} desa melapor (${persen(melapor, total)}%).`,
    '',
    ...polsek.map((p) => `- ${p.polsekNama}: ${p.melapor}/${p.total}${p.belum.length ? ` — belum: ${p.belum.map((d) => d.nama).join(', ')}` : ' — lengkap'}`),
  ]
  return { tahun: m.tahun, minggu: m.minggu, total, melapor, polsek, ringkasanTeks: baris.join('\n') }
}
