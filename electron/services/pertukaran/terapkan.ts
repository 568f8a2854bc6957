import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import type { HasilTerapkanPertukaran } from '../../../shared/api-pertukaran'
import type { Konteks } from '../konteks'
import { ambilSiap, buangSiap, type BerkasSiap, perubahanDb } from './cache'
import { cadanganSebelumImpor } from '../cadangan/layanan'
import { teksPeriode } from './pesan'
import { type Baris, type PerubahanBaris, type Rencana, susunRencana } from './rencana'
import { galatPerluKonfirmasi, periksaRevisi, periodeTersimpan, satkerAplikasi } from './revisi'
import { KOLOM_AUDIT, tulisBaris } from './tulis-baris'
import { tungguTanpaTransaksi } from '../db/transaksi'

/** The audit row's before/after: only the fields that changed; whole rows for an insert or a delete. */
export function jsonAudit(tabel: PerubahanBaris['tabel'], sebelum: Baris | null, sesudah: Baris | null): [string | null, string | null] {
  const kolom = KOLOM_AUDIT[tabel]
  if (!sebelum || !sesudah) return [sebelum && JSON.stringify(sebelum, kolom), sesudah && JSON.stringify(sesudah, kolom)]
  const a: Baris = {}
  const b: Baris = {}
  for (const k of kolom) {
    if ((sebelum[k] ?? null) !== (sesudah[k] ?? null)) {
      a[k] = sebelum[k] ?? null
      b[k] = sesudah[k] ?? null
    }
  }
  return [JSON.stringify(a), JSON.stringify(b)]
}

export const kunciAudit = (p: Pick<PerubahanBaris, 'tabel' | 'kunci'>) => p.kunci.join('|')

function galatBaris(siap: BerkasSiap, r: Rencana): GalatAplikasi | null {
  const semua = [...siap.isi.kesalahan, ...r.kesalahan]
  if (!semua.length) return null
  return new GalatAplikasi(
    'FILE_TIDAK_VALID',
    `Impor tidak dapat diterapkan: berkas masih memuat ${formatAngka(semua.length, 0)} kesalahan baris. Perbaiki berkas, lalu pilih berkas itu lagi.`,
    semua.map((m) => ({ lokasi: [m.sheet && `Sheet ${m.sheet}`, m.baris !== null && `baris ${m.baris}`, m.kolom && `kolom ${m.kolom}`].filter(Boolean).join(', ') || '(berkas)', pesan: m.pesan })),
  )
}

/**
 * Applies a previewed file in one transaction, after a backup: every change
 * goes with its audit row and its before/after in the import log, the
 * period's revision is recorded; IKDK follows through the app's scheduler.
 * The plan is made again whenever anything was written since the preview, so
 * a month locked in between still blocks.
 */
export async function terapkanImpor(k: Konteks, m: { token: string; konfirmasiGanti: boolean }, batch: { cadangan?: string } = {}): Promise<HasilTerapkanPertukaran> {
  const siap = ambilSiap(k.bd, m.token)
  if (!siap) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa; pilih berkas dan lihat pratinjaunya lagi.')
  const mf = siap.manifest
  const satker = satkerAplikasi(k.bd, mf)
  const revisi = periksaRevisi(k.bd, mf, siap.sidik)
  if (revisi.status === 'sama-berbeda' && !m.konfirmasiGanti) throw galatPerluKonfirmasi(mf)
  const opsi = { ganti: revisi.status === 'lebih-tinggi' || revisi.status === 'sama-berbeda', hariIni: k.hariIni(), satkerSendiri: satker.kode }
  // The preview's plan still holds when nothing was written since; else it is made again.
  const dariPratinjau = siap.rencana && siap.rencana.status === revisi.status && siap.rencana.perubahanDb === perubahanDb(k.bd) ? siap.rencana.hasil : null
  const awal = dariPratinjau ?? susunRencana(k.bd, siap.isi, mf, opsi)
  const galatAwal = galatBaris(siap, awal)
  if (galatAwal) throw galatAwal
  if (awal.perubahan.length === 0 && revisi.status === 'sama') {
    buangSiap(k.bd, m.token)
    return { imporId: null, sheet: awal.hitungan, cadangan: null }
  }

  const sebelumCadangan = perubahanDb(k.bd)
  // A batch of files (Mode Polda) is backed up once, before its first file.
  const cadangan = batch.cadangan ?? (await cadanganSebelumImpor(k))
  // From here to the commit everything is synchronous, so nothing can change the database in
  // between; the plan is made again because other work may have run during the backup.
  if (periksaRevisi(k.bd, mf, siap.sidik).status !== revisi.status) {
    throw new GalatAplikasi('KONFLIK', 'Periode ini baru saja diimpor dari berkas lain; lihat pratinjau berkas ini lagi.')
  }
  const rencana = perubahanDb(k.bd) === sebelumCadangan ? awal : susunRencana(k.bd, siap.isi, mf, opsi)
  const galat = galatBaris(siap, rencana)
  if (galat) throw galat
  const s = k.bd.sqlite
  const waktu = new Date().toISOString()
  const tabelBerubah = new Set(rencana.perubahan.map((p) => p.tabel))
  await tungguTanpaTransaksi(s)
  const imporId = s.transaction(() => {
    const sebelumPeriode = periodeTersimpan(k.bd, mf) ?? null
    const ringkasan = { sheet: rencana.hitungan, revisi: revisi.status, konfirmasiGanti: revisi.status === 'sama-berbeda', cadangan }
    const id = Number(
      s
        .prepare('INSERT INTO impor (satker_kode, bulan_awal, bulan_akhir, revisi, sidik, nama_berkas, diimpor_pada, diimpor_oleh, ringkasan, periode_sebelum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(mf.satkerKode, mf.bulanAwal, mf.bulanAkhir, mf.revisi, siap.sidik, siap.namaBerkas, waktu, k.sesi.pengguna, JSON.stringify(ringkasan), sebelumPeriode && JSON.stringify(sebelumPeriode)).lastInsertRowid,
    )
    const log = s.prepare('INSERT INTO impor_baris (impor_id, urutan, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?)')
    const audit = s.prepare("INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, 'impor', ?, ?, ?, ?)")
    const tulis = tulisBaris(s)
    let urutan = 0
    for (const p of rencana.perubahan) {
      const sesudah = tulis(p, waktu)
      const kunci = p.tabel === 'desa_binaan' ? [(sesudah ?? p.sebelum)!['id']] : p.kunci
      log.run(id, urutan++, p.tabel, JSON.stringify(kunci), p.sebelum && JSON.stringify(p.sebelum), sesudah && JSON.stringify(sesudah))
      const [a, b] = jsonAudit(p.tabel, p.sebelum, sesudah)
      audit.run(waktu, k.sesi.pengguna, p.tabel, kunciAudit({ tabel: p.tabel, kunci }), a, b)
    }
    s.prepare(
      `INSERT INTO periode_impor (satker_kode, bulan_awal, bulan_akhir, revisi, sidik, impor_id, diimpor_pada) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (satker_kode, bulan_awal, bulan_akhir) DO UPDATE SET revisi = excluded.revisi, sidik = excluded.sidik, impor_id = excluded.impor_id, diimpor_pada = excluded.diimpor_pada`,
    ).run(mf.satkerKode, mf.bulanAwal, mf.bulanAkhir, mf.revisi, siap.sidik, id, waktu)
    audit.run(
      waktu,
      k.sesi.pengguna,
      'impor',
      `${mf.satkerKode}|${mf.bulanAwal}|${mf.bulanAkhir}|r${mf.revisi}`,
      sebelumPeriode && JSON.stringify({ revisi: sebelumPeriode.revisi, sidik: sebelumPeriode.sidik }),
      JSON.stringify({ namaBerkas: siap.namaBerkas, periode: teksPeriode(mf.bulanAwal, mf.bulanAkhir), ...ringkasan, perubahan: urutan }),
    )
    return id
  })()
  buangSiap(k.bd, m.token)
  // The import's triggers marked every touched desa-month dirty in the same transaction; the
  // app's scheduler (dispatch → jadwalkanIkdk → perbaruiIkdk) recomputes them right after this
  // returns, as after any other change, and announces it with a hasil_ikdk event.
  for (const t of tabelBerubah) k.kirimEvent({ jenis: 'data-berubah', tabel: t })
  return { imporId, sheet: rencana.hitungan, cadangan }
}
