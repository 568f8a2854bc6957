import { GalatAplikasi } from '../../../../shared/galat'
import { ZONA_WAKTU, type ZonaWaktu } from '../../../../shared/zona-waktu'
import { perbaruiIkdk } from '../../ikdk/hitung'
import { skemaUntukBulan } from '../../ikdk/skema'
import type { Konteks } from '../../konteks'
import { BATAS } from '../batas'
import { FORMAT, namaBerkasEkspor, VERSI_FORMAT } from '../kolom'
import { teksPeriode } from '../pesan'
import { tandatangani } from '../tanda-tangan'
import { tulisBuku } from './buku'
import { daftarBulan } from '../kalender'
import { kumpulkanData } from './kumpul'
import { tungguTanpaTransaksi } from '../../db/transaksi'

const pad = (n: number) => String(n).padStart(2, '0')

/** Now as ISO 8601 in the satker's zone: '2024-10-05T09:30:00+08:00'. */
export function waktuDenganZona(zona: ZonaWaktu, saat = new Date()): string {
  const menit = ZONA_WAKTU[zona].offsetMenit
  const t = new Date(saat.getTime() + menit * 60_000)
  const tgl = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`
  return `${tgl}+${pad(Math.floor(menit / 60))}:${pad(menit % 60)}`
}

export interface OpsiEkspor {
  bulanAwal: string
  bulanAkhir: string
  tandaTangan: boolean
  tanpaDataPribadi: boolean
}

/**
 * Exports whole months as the exchange workbook. Each export of the same
 * period gets the next revision (also above any revision imported for it, so
 * a Polda that has one accepts the next), recorded in ekspor_revisi.
 */
export async function eksporPeriode(k: Konteks, o: OpsiEkspor) {
  const s = k.bd.sqlite
  const satker = s.prepare('SELECT kode, nama, provinsi_nama, zona_waktu, jenis FROM satker WHERE id = 1').get() as
    | { kode: string; nama: string; provinsi_nama: string; zona_waktu: ZonaWaktu; jenis: string }
    | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum mengirim data.')
  const hariIni = k.hariIni()
  const bulan = daftarBulan(o.bulanAwal, o.bulanAkhir)
  if (bulan.length > BATAS.bulan) throw new GalatAplikasi('INPUT_TIDAK_VALID', `Satu berkas paling banyak ${BATAS.bulan} bulan.`, [{ lokasi: 'bulanAkhir', pesan: `Paling banyak ${BATAS.bulan} bulan` }])
  if (o.bulanAkhir > hariIni.slice(0, 7)) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Bulan akhir belum dimulai.', [{ lokasi: 'bulanAkhir', pesan: 'Bulan akhir tidak boleh sesudah bulan ini' }])

  // The IKDK sheet shows results as they stand now.
  perbaruiIkdk(k.bd, hariIni)
  const data = kumpulkanData(k.bd, { ...o, hariIni })
  const dibuatPada = waktuDenganZona(satker.zona_waktu)
  const skema = skemaUntukBulan(k.bd, o.bulanAkhir)
  const peringatan: string[] = []
  const tumpang = s
    .prepare('SELECT bulan_awal, bulan_akhir, max(revisi) r FROM ekspor_revisi WHERE satker_kode = ? AND bulan_awal <= ? AND bulan_akhir >= ? AND NOT (bulan_awal = ? AND bulan_akhir = ?) GROUP BY bulan_awal, bulan_akhir')
    .all(satker.kode, o.bulanAkhir, o.bulanAwal, o.bulanAwal, o.bulanAkhir) as { bulan_awal: string; bulan_akhir: string; r: number }[]
  for (const t of tumpang) {
    peringatan.push(`Periode ini tumpang tindih sebagian dengan berkas yang pernah dibuat (${teksPeriode(t.bulan_awal, t.bulan_akhir)}, r${t.r}); Polda akan menolak berkas yang periodenya tumpang tindih sebagian dengan berkas yang sudah diterimanya.`)
  }

  await tungguTanpaTransaksi(s)
  return s.transaction(() => {
    const { r } = s
      .prepare(
        `SELECT max(coalesce((SELECT max(revisi) FROM ekspor_revisi WHERE satker_kode = @s AND bulan_awal = @a AND bulan_akhir = @z), 0),
                    coalesce((SELECT revisi FROM periode_impor WHERE satker_kode = @s AND bulan_awal = @a AND bulan_akhir = @z), 0)) AS r`,
      )
      .get({ s: satker.kode, a: o.bulanAwal, z: o.bulanAkhir }) as { r: number }
    const revisi = r + 1
    const dibuatOleh = `${k.sesi.pengguna} (Binmas Desk ${k.versiAplikasi})`
    const { berkas, baris } = tulisBuku(data, {
      kepala: [
        ['format', FORMAT],
        ['versi_format', VERSI_FORMAT],
        ['satker_kode', satker.kode],
        ['satker_nama', satker.nama],
        ['polda', satker.jenis === 'polda' ? satker.nama : `POLDA ${satker.provinsi_nama.toUpperCase()}`],
        ['bulan_awal', o.bulanAwal],
        ['bulan_akhir', o.bulanAkhir],
        ['revisi', revisi],
        ['dibuat_pada', dibuatPada],
        ['dibuat_oleh', dibuatOleh],
        ['skema_ikdk', `${skema.id}@${skema.versi}`],
      ],
      tandatangani: o.tandaTangan ? (teks) => tandatangani(k.bd, teks) : null,
    })
    const namaBerkas = namaBerkasEkspor(satker.kode, o.bulanAwal, o.bulanAkhir, revisi)
    s.prepare('INSERT INTO ekspor_revisi (satker_kode, bulan_awal, bulan_akhir, revisi, nama_berkas, ditandatangani, tanpa_data_pribadi, dibuat_pada, dibuat_oleh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      satker.kode,
      o.bulanAwal,
      o.bulanAkhir,
      revisi,
      namaBerkas,
      o.tandaTangan ? 1 : 0,
      o.tanpaDataPribadi ? 1 : 0,
      dibuatPada,
      dibuatOleh,
    )
    return { namaBerkas, berkasBase64: berkas.toString('base64'), revisi, ditandatangani: o.tandaTangan, baris, peringatan }
  })()
}
