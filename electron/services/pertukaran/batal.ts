import { formatAngka, namaBulan } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { bulanMinggu } from '../../../shared/iso-week'
import type { Konteks } from '../konteks'
import type { Baris, PerubahanBaris } from './rencana'
import { barisLengkap, kunciTabel, tulisBaris } from './tulis-baris'
import { tungguTanpaTransaksi } from '../db/transaksi'

interface BarisLog {
  urutan: number
  tabel: PerubahanBaris['tabel']
  kunci: string
  sebelum: string | null
  sesudah: string | null
}

const samaBaris = (a: Baris | null, b: Baris | null) => (a === null || b === null ? a === b : Object.keys(b).every((k) => (a[k] ?? null) === (b[k] ?? null)))

/** The month a logged row belongs to, for period locks. */
function bulanBaris(tabel: string, b: Baris | null): string | null {
  if (!b) return null
  if (tabel === 'laporan_mingguan') return bulanMinggu(b['tahun'] as number, b['minggu'] as number)
  if (tabel === 'kejadian') return (b['tanggal'] as string).slice(0, 7)
  return null
}

/**
 * "Batalkan impor": puts back the rows the last import changed, from its log,
 * in one transaction. Refused when any of those rows changed since (the undo
 * would overwrite someone's work) or falls in a month locked since.
 */
export async function batalkanImpor(k: Konteks): Promise<{ imporId: number; namaBerkas: string; dipulihkan: number }> {
  const s = k.bd.sqlite
  const impor = s.prepare('SELECT * FROM impor WHERE dibatalkan_pada IS NULL ORDER BY id DESC LIMIT 1').get() as
    | { id: number; nama_berkas: string; satker_kode: string; bulan_awal: string; bulan_akhir: string; revisi: number; periode_sebelum: string | null }
    | undefined
  if (!impor) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Belum ada impor yang dapat dibatalkan.')
  const log = s.prepare('SELECT urutan, tabel, kunci, sebelum, sesudah FROM impor_baris WHERE impor_id = ? ORDER BY urutan DESC').all(impor.id) as BarisLog[]
  const terkunci = new Set((s.prepare('SELECT bulan FROM kunci_periode').all() as { bulan: string }[]).map((r) => r.bulan))

  const berubah: string[] = []
  const bulanKunci = new Set<string>()
  for (const b of log) {
    const kunci = JSON.parse(b.kunci) as unknown[]
    const sebelum = b.sebelum === null ? null : (JSON.parse(b.sebelum) as Baris)
    const sesudah = b.sesudah === null ? null : (JSON.parse(b.sesudah) as Baris)
    const kini = s.prepare(`SELECT * FROM ${b.tabel} WHERE ${kunciTabel(b.tabel).map((c) => `${c} = ?`).join(' AND ')}`).get(...kunci) as Baris | undefined
    if (!samaBaris(kini ? barisLengkap(b.tabel, kini) : null, sesudah)) berubah.push(`${b.tabel} ${kunci.join(' ')}`)
    for (const bln of [bulanBaris(b.tabel, sebelum), bulanBaris(b.tabel, sesudah)]) if (bln && terkunci.has(bln)) bulanKunci.add(bln)
  }
  if (berubah.length) {
    throw new GalatAplikasi('KONFLIK', `Impor "${impor.nama_berkas}" tidak dapat dibatalkan: ${formatAngka(berubah.length, 0)} data sudah diubah lagi sesudah impor (mis. ${berubah.slice(0, 3).join('; ')}).`)
  }
  if (bulanKunci.size) {
    const daftar = [...bulanKunci].sort().map(namaBulan).join(', ')
    throw new GalatAplikasi('PERIODE_TERKUNCI', `Impor "${impor.nama_berkas}" tidak dapat dibatalkan: periode ${daftar} sudah dikunci. Buka kunci di Kunci Periode (dengan alasan) bila perlu.`)
  }

  const waktu = new Date().toISOString()
  const tabelBerubah = new Set(log.map((b) => b.tabel))
  await tungguTanpaTransaksi(s)
  s.transaction(() => {
    const tulis = tulisBaris(s)
    const audit = s.prepare("INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, 'batal-impor', ?, ?, ?, ?)")
    for (const b of log) {
      const kunci = JSON.parse(b.kunci) as unknown[]
      const sebelum = b.sebelum === null ? null : (JSON.parse(b.sebelum) as Baris)
      tulis({ tabel: b.tabel, kunci, sesudah: sebelum }, null)
      audit.run(waktu, k.sesi.pengguna, b.tabel, kunci.join('|'), b.sesudah, b.sebelum)
    }
    const kini = s.prepare('SELECT impor_id FROM periode_impor WHERE satker_kode = ? AND bulan_awal = ? AND bulan_akhir = ?').get(impor.satker_kode, impor.bulan_awal, impor.bulan_akhir) as { impor_id: number } | undefined
    if (kini?.impor_id === impor.id) {
      s.prepare('DELETE FROM periode_impor WHERE satker_kode = ? AND bulan_awal = ? AND bulan_akhir = ?').run(impor.satker_kode, impor.bulan_awal, impor.bulan_akhir)
      if (impor.periode_sebelum) {
        const p = JSON.parse(impor.periode_sebelum) as Record<string, unknown>
        s.prepare('INSERT INTO periode_impor (satker_kode, bulan_awal, bulan_akhir, revisi, sidik, impor_id, diimpor_pada) VALUES (@satker_kode, @bulan_awal, @bulan_akhir, @revisi, @sidik, @impor_id, @diimpor_pada)').run(p)
      }
    }
    s.prepare('UPDATE impor SET dibatalkan_pada = ?, dibatalkan_oleh = ? WHERE id = ?').run(waktu, k.sesi.pengguna, impor.id)
    audit.run(waktu, k.sesi.pengguna, 'impor', `${impor.satker_kode}|${impor.bulan_awal}|${impor.bulan_akhir}|r${impor.revisi}`, null, JSON.stringify({ dibatalkan: impor.nama_berkas, imporId: impor.id, dipulihkan: log.length }))
  })()
  for (const t of tabelBerubah) k.kirimEvent({ jenis: 'data-berubah', tabel: t })
  return { imporId: impor.id, namaBerkas: impor.nama_berkas, dipulihkan: log.length }
}
