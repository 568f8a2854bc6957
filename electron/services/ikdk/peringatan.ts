import { bulanSebelumnya, daftarMinggu, mingguDalamBulan, mingguTerakhirSelesai, bandingMinggu } from '../../../shared/iso-week'
import { peringatanDini, type Peringatan, type RingkasanBulan } from '../../../shared/ikdk'
import type { Konteks } from '../konteks'
import { segarkan } from './baca'
import { muatDataBulan } from './masukan'
import { skemaUntukBulan } from './skema'

type Ringkas = { nilai: number | null; kategori: string | null; sementara: number }

/** The early-warning alerts of one month for every desa, with the desa's name and place. */
export async function peringatanBulan(k: Konteks, bulan: string) {
  await segarkan(k)
  const s = k.bd.sqlite
  const skema = skemaUntukBulan(k.bd, bulan)
  const sebelum = bulanSebelumnya(bulan)
  const ambil = (b: string) => new Map((s.prepare('SELECT desa_kode, nilai, kategori, sementara FROM hasil_ikdk WHERE bulan = ?').all(b) as (Ringkas & { desa_kode: string })[]).map((r) => [r.desa_kode, r]))
  const ini = ambil(bulan)
  const lalu = ambil(sebelum)
  const desa = s.prepare('SELECT d.kode, d.nama, kc.nama kecamatan, p.nama polsek FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN polsek p ON p.id = kc.polsek_id WHERE d.aktif = 1 ORDER BY d.kode').all() as {
    kode: string
    nama: string
    kecamatan: string
    polsek: string | null
  }[]
  const terakhir = mingguTerakhirSelesai(k.hariIni())
  const mingguPantau = mingguDalamBulan(bulan).filter((m) => bandingMinggu(m, terakhir) <= 0)
  // A run of empty weeks may start in the month before: look back one more week.
  const pantauDenganAwal = mingguPantau.length ? daftarMinggu(mingguDalamBulan(sebelum).slice(-1)[0] ?? mingguPantau[0]!, mingguPantau[mingguPantau.length - 1]!) : []
  const data = muatDataBulan(k.bd, bulan, desa.map((d) => d.kode))
  const dataLalu = muatDataBulan(k.bd, sebelum, desa.map((d) => d.kode))
  const keRingkas = (b: string, r: Ringkas | undefined): RingkasanBulan | null => (r ? { bulan: b, nilai: r.nilai, kategori: r.kategori, sementara: r.sementara === 1 } : null)
  const hasil: (Peringatan & { desaNama: string; kecamatanNama: string; polsekNama: string | null })[] = []
  for (const d of desa) {
    const sekarang = keRingkas(bulan, ini.get(d.kode))
    if (!sekarang) continue
    const dd = data.get(d.kode)!
    const laporan = [...dd.laporan, ...(dataLalu.get(d.kode)?.laporan ?? [])]
    const p = peringatanDini(skema, { kodeDesa: d.kode, hasil: sekarang, hasilSebelumnya: keRingkas(sebelum, lalu.get(d.kode)), kejadian: dd.kejadian, laporan, mingguPantau: pantauDenganAwal })
    for (const x of p) {
      // Missing-report runs must end inside this month to belong to it.
      if (x.jenis === 'tanpa_laporan' && x.tanggal.slice(0, 7) < bulan) continue
      hasil.push({ ...x, desaNama: d.nama, kecamatanNama: d.kecamatan, polsekNama: d.polsek })
    }
  }
  return hasil.sort((a, b) => b.tanggal.localeCompare(a.tanggal) || a.kodeDesa.localeCompare(b.kodeDesa))
}
