import { bulanSebelumnya } from '../../../shared/iso-week'
import type { Konteks } from '../konteks'
import { statusKiriman } from './kiriman'
import { rekapPolda } from './rekap'

const JUMLAH_POLRES_RAWAN = 5

/**
 * Beranda of a Polda: for the last closed month, who sent its file (on time,
 * late, not yet and whether past due), the IKDK categories across the
 * province, and the Polres with most desa in the two least safe categories
 * of the scheme (Rawan and Sangat Rawan in the default scheme). Built from
 * Status Kiriman and Rekap Polda, so the three screens always agree.
 */
export async function berandaPolda(k: Konteks) {
  const hariIni = k.hariIni()
  const bulan = bulanSebelumnya(hariIni.slice(0, 7))
  const kiriman = await statusKiriman(k, { bulanAwal: bulan, bulanAkhir: bulan })
  const rekap = await rekapPolda(k, { bulan })
  const sel = kiriman.polres.map((p) => ({ kode: p.kode, nama: p.nama, ...p.sel[0]! }))
  const belum = sel.filter((s) => s.status === 'belum')
  const kategoriRawan = rekap.kategori.slice(-Math.min(2, Math.max(1, rekap.kategori.length - 1)))
  const jumlahRawan = (kat: Record<string, number>) => kategoriRawan.reduce((a, x) => a + (kat[x] ?? 0), 0)
  const polresRawan = rekap.polres
    .map((p) => ({ kode: p.kode, nama: p.nama, jumlahDesa: p.jumlahDesa, rawan: jumlahRawan(p.kategori), perKategori: kategoriRawan.map((x) => ({ kategori: x, jumlah: p.kategori[x] ?? 0 })) }))
    .filter((p) => p.rawan > 0)
    .sort((a, b) => b.rawan - a.rawan || a.kode.localeCompare(b.kode))
    .slice(0, JUMLAH_POLRES_RAWAN)
  return {
    hariIni,
    bulan,
    kiriman: {
      batas: sel[0]?.batas ?? null,
      jumlahPolres: sel.length,
      sudah: sel.filter((s) => s.status === 'sudah').length,
      terlambat: sel.filter((s) => s.status === 'terlambat').length,
      belum: belum.length,
      lewatBatas: belum.filter((s) => s.lewatBatas).length,
      belumMengirim: belum.map((s) => ({ kode: s.kode, nama: s.nama })),
    },
    ikdk: {
      kategori: rekap.kategori,
      perKategori: rekap.kategori.map((x) => ({ kategori: x, jumlah: rekap.total.kategori[x] ?? 0 })),
      tanpaNilai: rekap.total.tanpaNilai,
      jumlahDesa: rekap.total.jumlahDesa,
      rata: rekap.total.rataIkdk,
      keyakinanRendah: rekap.total.keyakinanRendah,
    },
    aktivitas: { laporan: rekap.total.aktivitas.laporan, kkDikunjungi: rekap.total.aktivitas.kk_dikunjungi, kejadian: rekap.total.aktivitas.kejadian },
    kategoriRawan,
    polresRawan,
  }
}
