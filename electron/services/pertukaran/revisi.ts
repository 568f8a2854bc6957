import { namaBulan } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { bulanBerikutnya } from '../../../shared/iso-week'
import type { Basisdata } from '../db/koneksi'
import type { Manifest } from './jenis'
import { teksPeriode } from './pesan'

export type StatusRevisi = 'baru' | 'lebih-tinggi' | 'sama' | 'sama-berbeda'

export interface HasilRevisi {
  status: StatusRevisi
  revisiTersimpan: number | null
  /** Set when applying needs the user's confirmation (equal revision, different content). */
  pesanKonfirmasi: string | null
}

export interface PeriodeImpor {
  satker_kode: string
  bulan_awal: string
  bulan_akhir: string
  revisi: number
  sidik: string
  impor_id: number
  diimpor_pada: string
}

/**
 * The app's own satker. A Polres app takes only its own files; a Polda app
 * (Mode Polda) takes the files of its own Polres and its own consolidated
 * files, and refuses any other satker's.
 */
export function satkerAplikasi(bd: Basisdata, m: Manifest): { kode: string; jenis: string } {
  const satker = bd.sqlite.prepare('SELECT kode, nama, jenis FROM satker WHERE id = 1').get() as { kode: string; nama: string; jenis: string } | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum mengimpor data.')
  if (satker.jenis === 'polres' && m.satkerKode !== satker.kode) {
    throw new GalatAplikasi('KONFLIK', `Berkas ini milik satker ${m.satkerKode} (${m.satkerNama}), bukan ${satker.nama} (${satker.kode}); berkas ditolak.`)
  }
  if (satker.jenis === 'polda' && m.satkerKode !== satker.kode) {
    const polres = bd.sqlite.prepare('SELECT nama FROM polres WHERE kode = ?').get(m.satkerKode) as { nama: string } | undefined
    if (!polres) {
      const lain = !m.satkerKode.startsWith(`${satker.kode}.`)
      throw new GalatAplikasi(
        'KONFLIK',
        lain
          ? `Berkas ini dari ${m.satkerNama} (${m.satkerKode}), satker di luar wilayah ${satker.nama}; ${satker.nama} hanya menerima berkas Polres jajarannya. Berkas ditolak.`
          : `Berkas ini dari satker ${m.satkerKode} (${m.satkerNama}), yang tidak terdaftar sebagai Polres jajaran ${satker.nama}. Periksa daftar Polres di Pengaturan; berkas ditolak.`,
      )
    }
  }
  return satker
}

function bulanBersama(a: { bulan_awal: string; bulan_akhir: string }, b: { bulanAwal: string; bulanAkhir: string }): string[] {
  const hasil: string[] = []
  const dari = a.bulan_awal > b.bulanAwal ? a.bulan_awal : b.bulanAwal
  const sampai = a.bulan_akhir < b.bulanAkhir ? a.bulan_akhir : b.bulanAkhir
  for (let x = dari; x <= sampai; x = bulanBerikutnya(x)) hasil.push(x)
  return hasil
}

export function periodeTersimpan(bd: Basisdata, m: Manifest): PeriodeImpor | undefined {
  return bd.sqlite.prepare('SELECT * FROM periode_impor WHERE satker_kode = ? AND bulan_awal = ? AND bulan_akhir = ?').get(m.satkerKode, m.bulanAwal, m.bulanAkhir) as PeriodeImpor | undefined
}

/**
 * Revisions per satker and period: a lower one is refused, an equal one with
 * other content needs confirmation, a higher one replaces the period. A period
 * overlapping an imported one only partly is refused, naming the overlap.
 */
export function periksaRevisi(bd: Basisdata, m: Manifest, sidik: string): HasilRevisi {
  const periode = teksPeriode(m.bulanAwal, m.bulanAkhir)
  const tumpang = bd.sqlite
    .prepare('SELECT * FROM periode_impor WHERE satker_kode = ? AND bulan_awal <= ? AND bulan_akhir >= ? AND NOT (bulan_awal = ? AND bulan_akhir = ?) ORDER BY bulan_awal')
    .all(m.satkerKode, m.bulanAkhir, m.bulanAwal, m.bulanAwal, m.bulanAkhir) as PeriodeImpor[]
  if (tumpang.length) {
    const p = tumpang[0]!
    throw new GalatAplikasi(
      'KONFLIK',
      `Periode berkas (${periode}) tumpang tindih sebagian dengan periode yang sudah diimpor (${teksPeriode(p.bulan_awal, p.bulan_akhir)}, revisi ${p.revisi}): ${bulanBersama(p, m).map(namaBulan).join(', ')}. ` +
        'Kirim ulang berkas dengan periode yang sama persis, atau periode yang tidak tumpang tindih.',
    )
  }
  const lama = periodeTersimpan(bd, m)
  if (!lama) return { status: 'baru', revisiTersimpan: null, pesanKonfirmasi: null }
  if (m.revisi < lama.revisi) {
    throw new GalatAplikasi('KONFLIK', `Revisi berkas (r${m.revisi}) lebih rendah dari revisi yang sudah diimpor untuk periode ${periode} (r${lama.revisi}); berkas ditolak.`)
  }
  if (m.revisi > lama.revisi) return { status: 'lebih-tinggi', revisiTersimpan: lama.revisi, pesanKonfirmasi: null }
  if (lama.sidik === sidik) return { status: 'sama', revisiTersimpan: lama.revisi, pesanKonfirmasi: null }
  return {
    status: 'sama-berbeda',
    revisiTersimpan: lama.revisi,
    pesanKonfirmasi: `Revisi r${m.revisi} untuk periode ${periode} sudah pernah diimpor dengan isi berbeda. Impor hanya dapat dilanjutkan bila Anda mengonfirmasi penggantian (dicatat di riwayat).`,
  }
}

export const galatPerluKonfirmasi = (m: Manifest) =>
  new GalatAplikasi('KONFLIK', `Revisi r${m.revisi} untuk periode ${teksPeriode(m.bulanAwal, m.bulanAkhir)} sudah diimpor dengan isi berbeda; konfirmasi penggantian untuk menggantinya.`)
