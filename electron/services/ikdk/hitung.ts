import { type HasilDesaBulan, hitungIkdk, hitungIkdkRingkas, ukuranSkema } from '../../../shared/ikdk'
import { bulanBerikutnya, bulanMinggu, jumlahMingguSelesaiDalamBulan, mingguDalamBulan } from '../../../shared/iso-week'
import type { Basisdata } from '../db/koneksi'
import { muatDataBulan, muatRingkasanBulan } from './masukan'
import { penyimpanSkema } from './skema'

/** The months IKDK covers: the satker's first month with any data up to the current month. */
export function rentangBulanIkdk(bd: Basisdata, hariIni: string): string[] {
  const w = bd.sqlite.prepare('SELECT tahun, minggu FROM laporan_mingguan ORDER BY tahun, minggu LIMIT 1').get() as { tahun: number; minggu: number } | undefined
  const k = bd.sqlite.prepare('SELECT min(tanggal) t FROM kejadian').get() as { t: string | null }
  const awal = [w ? bulanMinggu(w.tahun, w.minggu) : null, k.t ? k.t.slice(0, 7) : null].filter((x): x is string => x !== null).sort()[0]
  const akhir = hariIni.slice(0, 7)
  if (!awal || awal > akhir) return []
  const bulan: string[] = []
  for (let b = awal; b <= akhir; b = bulanBerikutnya(b)) bulan.push(b)
  return bulan
}

/** Engine input for one desa-month, provisional when the month is still running. */
export function hitungSatu(skemaBulan: ReturnType<typeof penyimpanSkema>, bulan: string, data: ReturnType<typeof muatDataBulan> extends Map<string, infer D> ? D : never, hariIni: string): HasilDesaBulan {
  const berjalan = bulan === hariIni.slice(0, 7)
  return hitungIkdk(skemaBulan(bulan), {
    bulan,
    desa: data.desa,
    laporan: data.laporan,
    kejadian: data.kejadian,
    ...(berjalan ? { mingguSelesai: jumlahMingguSelesaiDalamBulan(bulan, hariIni) } : {}),
  })
}

/** Desa loaded and computed at a time: bounds memory at national scale. */
const IRISAN_DESA = 2000

function ringkasDimensi(h: { dimensi: readonly { id: string; skor: number | null }[] }): string {
  const skor: Record<string, number | null> = {}
  for (const d of h.dimensi) skor[d.id] = d.skor
  return JSON.stringify(skor)
}

/**
 * Brings stored IKDK results up to date: adds desa-months not yet computed,
 * refreshes provisional months whose finished-week count moved, and recomputes
 * the desa-months the triggers marked dirty. Locked months keep their results.
 * Returns the number of desa-months recomputed.
 */
export function perbaruiIkdk(bd: Basisdata, hariIni: string): number {
  const s = bd.sqlite
  const bulan = rentangBulanIkdk(bd, hariIni)
  const sekarang = hariIni.slice(0, 7)
  const jalan = s.transaction(() => {
    const terkunci = new Set((s.prepare('SELECT bulan FROM kunci_periode').all() as { bulan: string }[]).map((r) => r.bulan))
    // Months outside the covered range lose their (unlocked) results.
    const [awal, akhir] = [bulan[0] ?? '9999-99', bulan[bulan.length - 1] ?? '0000-00']
    for (const r of s.prepare('SELECT DISTINCT bulan FROM hasil_ikdk WHERE bulan < ? OR bulan > ?').all(awal, akhir) as { bulan: string }[]) {
      if (!terkunci.has(r.bulan)) s.prepare('DELETE FROM hasil_ikdk WHERE bulan = ?').run(r.bulan)
    }
    // What to recompute per month: desa-months the triggers marked dirty, active desa with no
    // result yet, and provisional results whose count of finished weeks moved. Read per month
    // rather than first copied into ikdk_kotor: a from-scratch year would write and delete a
    // mark for every desa-month.
    const bulanKotor = bulan.filter((b) => !terkunci.has(b))
    const desaKotor = s
      .prepare(
        `SELECT desa_kode FROM ikdk_kotor WHERE bulan = @bulan
         UNION SELECT d.kode FROM desa d WHERE d.aktif = 1 AND NOT EXISTS (SELECT 1 FROM hasil_ikdk h WHERE h.desa_kode = d.kode AND h.bulan = @bulan)
         UNION SELECT desa_kode FROM hasil_ikdk WHERE bulan = @bulan AND sementara = 1 AND (bulan <> @sekarang OR minggu_dihitung <> @mingguSelesai)
         ORDER BY 1`,
      )
      .pluck()
    const skema = penyimpanSkema(bd)
    const simpan = s.prepare(`INSERT INTO hasil_ikdk (desa_kode, bulan, nilai, kategori, keyakinan, sementara, minggu_bulan, minggu_dihitung, minggu_dilaporkan, dimensi, skema_id, skema_versi, dihitung_pada)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (desa_kode, bulan) DO UPDATE SET nilai = excluded.nilai, kategori = excluded.kategori, keyakinan = excluded.keyakinan, sementara = excluded.sementara,
        minggu_bulan = excluded.minggu_bulan, minggu_dihitung = excluded.minggu_dihitung, minggu_dilaporkan = excluded.minggu_dilaporkan, dimensi = excluded.dimensi,
        skema_id = excluded.skema_id, skema_versi = excluded.skema_versi, dihitung_pada = excluded.dihitung_pada`)
    const waktu = new Date().toISOString()
    let n = 0
    // Month by month, desa in slices: memory stays flat even for a whole country.
    for (const b of bulanKotor) {
      const skemaBulan = skema(b)
      const ukuran = ukuranSkema(skemaBulan)
      // The running month counts only its finished weeks.
      const mingguSelesai = b === sekarang ? jumlahMingguSelesaiDalamBulan(b, hariIni) : undefined
      const mingguDihitung = mingguSelesai === undefined ? mingguDalamBulan(b) : mingguDalamBulan(b).slice(0, mingguSelesai)
      const kode = desaKotor.all({ bulan: b, sekarang, mingguSelesai: jumlahMingguSelesaiDalamBulan(sekarang, hariIni) }) as string[]
      for (let i = 0; i < kode.length; i += IRISAN_DESA) {
        // SQLite sums the weekly rows per desa; the engine reads those sums, never the rows.
        for (const [desaKode, d] of muatRingkasanBulan(bd, b, kode.slice(i, i + IRISAN_DESA), ukuran, mingguDihitung)) {
          const h = hitungIkdkRingkas(skemaBulan, { bulan: b, desa: d.desa, ringkasan: d.ringkasan, kejadian: d.kejadian, ...(mingguSelesai === undefined ? {} : { mingguSelesai }) })
          simpan.run(desaKode, b, h.nilai, h.kategori, h.keyakinan, h.sementara ? 1 : 0, h.mingguBulan, h.mingguDihitung, h.mingguDilaporkan, ringkasDimensi(h), h.skema.id, h.skema.versi, waktu)
          n++
        }
      }
    }
    s.exec('DELETE FROM ikdk_kotor')
    return n
  })
  return jalan()
}

/**
 * Every desa-month computed afresh in memory from the weekly rows (for checks:
 * it shares no SQL aggregation with perbaruiIkdk): desa|bulan → result.
 */
export function hitungPenuhDiMemori(bd: Basisdata, hariIni: string): Map<string, HasilDesaBulan> {
  const hasil = new Map<string, HasilDesaBulan>()
  const skema = penyimpanSkema(bd)
  const desa = (bd.sqlite.prepare('SELECT kode FROM desa WHERE aktif = 1').all() as { kode: string }[]).map((d) => d.kode)
  for (const b of rentangBulanIkdk(bd, hariIni)) {
    for (const [kode, d] of muatDataBulan(bd, b, desa)) hasil.set(`${kode}|${b}`, hitungSatu(skema, b, d, hariIni))
  }
  return hasil
}
