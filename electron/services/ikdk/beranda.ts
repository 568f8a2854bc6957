import { bulanSebelumnya, mingguTerakhirSelesai } from '../../../shared/iso-week'
import type { Konteks } from '../konteks'
import { kelengkapanMingguan } from '../mingguan'
import { segarkan } from './baca'
import { peringatanBulan } from './peringatan'
import { skemaUntukBulan } from './skema'

const JUMLAH_BULAN_TREN = 6

/** Beranda: this week's completeness, the IKDK picture of the last closed month, alerts and trends. */
export async function ringkasanBeranda(k: Konteks) {
  await segarkan(k)
  const s = k.bd.sqlite
  const hariIni = k.hariIni()
  const minggu = mingguTerakhirSelesai(hariIni)
  const kelengkapan = await kelengkapanMingguan(k, minggu)
  const bulanIni = hariIni.slice(0, 7)
  const bulanTutup = bulanSebelumnya(bulanIni)
  const skema = skemaUntukBulan(k.bd, bulanTutup)
  const hitungKategori = (bulan: string) => {
    const r = s.prepare('SELECT kategori, count(*) n FROM hasil_ikdk WHERE bulan = ? GROUP BY kategori').all(bulan) as { kategori: string | null; n: number }[]
    return [...skema.kategori.map((c) => ({ kategori: c.nama as string | null, jumlah: r.find((x) => x.kategori === c.nama)?.n ?? 0 })), { kategori: null, jumlah: r.find((x) => x.kategori === null)?.n ?? 0 }]
  }
  const palingRawan = s
    .prepare(
      `SELECT h.desa_kode desaKode, d.nama desaNama, kc.nama kecamatanNama, h.nilai, h.kategori, h.keyakinan FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode
       WHERE h.bulan = ? AND h.nilai IS NOT NULL ORDER BY h.nilai, h.desa_kode LIMIT 5`,
    )
    .all(bulanTutup) as { desaKode: string; desaNama: string; kecamatanNama: string; nilai: number; kategori: string; keyakinan: string }[]
  const bulanTren: string[] = []
  for (let b = bulanIni, i = 0; i < JUMLAH_BULAN_TREN; i++, b = bulanSebelumnya(b)) bulanTren.unshift(b)
  const tren = bulanTren.map((bulan) => {
    const r = s.prepare('SELECT avg(nilai) rata, count(nilai) n, max(sementara) sementara FROM hasil_ikdk WHERE bulan = ?').get(bulan) as { rata: number | null; n: number; sementara: number | null }
    return { bulan, rata: r.rata, jumlahDesa: r.n, sementara: r.sementara === 1, perKategori: hitungKategori(bulan) }
  })
  const peringatan = [...(await peringatanBulan(k, bulanIni)), ...(await peringatanBulan(k, bulanTutup))]
  return {
    hariIni,
    minggu,
    kelengkapan: { total: kelengkapan.total, melapor: kelengkapan.melapor, polsek: kelengkapan.polsek.map((p) => ({ polsekNama: p.polsekNama, total: p.total, melapor: p.melapor })) },
    bulanTutup,
    perKategori: hitungKategori(bulanTutup),
    palingRawan,
    peringatan: { jumlah: peringatan.length, terbaru: peringatan.slice(0, 6) },
    tren,
    warnaKategori: skema.kategori.map((c) => c.nama),
  }
}
