import { sql } from 'kysely'
import { KATEGORI_KEJADIAN, type KategoriKejadian, TINGKAT_KEJADIAN } from '../../../shared/ikdk/fields'
import { GalatAplikasi } from '../../../shared/galat'
import { daftarMinggu, isoMinggu, kamisMinggu, mingguTerakhirSelesai, rentangMinggu, tambahHariTanggal } from '../../../shared/iso-week'
import type { SetupMasukan } from '../../../shared/skema-data'
import { uuidDariBenih } from './uuid'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { simpanSetup } from '../setup'
import { dataWilayah } from '../wilayah'
import { type Acak, acakBerbenih } from './acak'
import { NAMA_BELAKANG, NAMA_DEPAN, URAIAN } from './kosakata'

export const BENIH_CONTOH = 5303
export const KUNCI_CONTOH = 'data_contoh'

/** Polsek of the demo: kecamatan grouped by their first name word ("Biboki …" → POLSEK BIBOKI). */
function polsekContoh(kecamatan: { kode: string; nama: string }[]): SetupMasukan['polsek'] {
  const grup = new Map<string, string[]>()
  for (const k of kecamatan) {
    const kata = k.nama.startsWith('Kota ') ? k.nama : k.nama.split(' ')[0]!
    grup.set(kata, [...(grup.get(kata) ?? []), k.kode])
  }
  return [...grup].map(([nama, kode]) => ({ nama: `POLSEK ${nama.toUpperCase()}`, kecamatanKode: kode }))
}

function nrpAcak(a: Acak, dipakai: Set<string>): string {
  for (;;) {
    const nrp = `${a.bulat(70, 99)}${String(a.bulat(1, 12)).padStart(2, '0')}${String(a.bulat(0, 9999)).padStart(4, '0')}`
    if (!dipakai.has(nrp)) {
      dipakai.add(nrp)
      return nrp
    }
  }
}

/**
 * Loads the demo Polres Timor Tengah Utara: real Kemendagri codes, plausible
 * master data, personnel, 12 months of weekly reports with gaps and blanks, and
 * incidents of every kategori and tingkat. Deterministic from BENIH_CONTOH and
 * "today"; marked as demo so it can be removed.
 */
export async function muatContoh(k: Konteks) {
  const a = acakBerbenih(BENIH_CONTOH)
  const w = await dataWilayah()
  const kecamatan = w.kecamatan.filter((x) => x.kabupatenKode === '53.03')
  await simpanSetup(k, {
    provinsiKode: '53',
    kabupatenKode: ['53.03'],
    satkerNama: 'POLRES TIMOR TENGAH UTARA',
    satkerKode: '53.03',
    zonaWaktu: 'WITA',
    kasat: { nama: 'YOHANES BANA, S.H.', pangkat: 'AKP', nrp: '79051234' },
    polsek: polsekContoh(kecamatan),
  })
  const hariIni = k.hariIni()
  const akhir = mingguTerakhirSelesai(hariIni)
  const awal = isoMinggu(tambahHariTanggal(rentangMinggu(akhir.tahun, akhir.minggu).senin, -51 * 7))
  const minggu = daftarMinggu(awal, akhir)
  const hitung = { desa: 0, personel: 0, laporan: 0, kejadian: 0 }

  await k.bd.db.transaction().execute(async (trx) => {
    const desa = await trx.selectFrom('desa as d').innerJoin('kecamatan as kc', 'kc.kode', 'd.kecamatan_kode').select(['d.kode', 'd.nama', 'kc.polsek_id', 'kc.kode as kec']).orderBy('d.kode').execute()
    hitung.desa = desa.length
    // Master data: a few desa left blank on purpose (blank ≠ 0).
    const pusatKec = new Map<string, [number, number]>()
    for (const d of desa) {
      if (!pusatKec.has(d.kec)) pusatKec.set(d.kec, [-9.25 - a.next() * 0.6, 124.25 + a.next() * 0.65])
      const [lat, lon] = pusatKec.get(d.kec)!
      const kosong = a.peluang(0.04)
      const penduduk = a.bulat(600, 4200)
      await trx
        .updateTable('desa')
        .set({
          penduduk: kosong ? null : penduduk,
          jumlah_kk: kosong ? null : Math.round(penduduk / (3.6 + a.next() * 0.8)),
          pos_kamling_total: kosong ? null : a.bulat(0, 6),
          fkpm_aktif: a.peluang(0.7) ? 1 : 0,
          lintang: a.peluang(0.85) ? Math.round((lat + (a.next() - 0.5) * 0.12) * 1e5) / 1e5 : null,
          bujur: null,
        })
        .where('kode', '=', d.kode)
        .execute()
      await trx.updateTable('desa').set({ bujur: sql`CASE WHEN lintang IS NULL THEN NULL ELSE ${Math.round((lon + (a.next() - 0.5) * 0.12) * 1e5) / 1e5} END` }).where('kode', '=', d.kode).execute()
    }

    // Personnel: a Kanit Binmas per Polsek; Bhabinkamtibmas holding 1–3 desa each, some desa left without.
    const dipakai = new Set<string>(['79051234'])
    const nama = () => `${a.pilih(NAMA_DEPAN)} ${a.pilih(NAMA_BELAKANG)}`
    const polsek = await trx.selectFrom('polsek').select(['id', 'nama']).execute()
    const mulaiTugas = tambahHariTanggal(rentangMinggu(awal.tahun, awal.minggu).senin, -a.bulat(30, 400))
    const bhabinDesa = new Map<string, string>()
    for (const p of polsek) {
      await trx.insertInto('personel').values({ nrp: nrpAcak(a, dipakai), nama: nama(), pangkat: a.pilih(['IPDA', 'AIPTU', 'AIPDA'] as const), jabatan: 'Kanit Binmas', polsek_id: p.id, kontak: null, aktif: 1 }).execute()
      hitung.personel++
      const desaPolsek = desa.filter((d) => d.polsek_id === p.id)
      for (let i = 0; i < desaPolsek.length; ) {
        const pegang = Math.min(a.berbobot([[1, 3], [2, 4], [3, 2]] as const), desaPolsek.length - i)
        if (a.peluang(0.08)) {
          i += pegang // these desa have no Bhabinkamtibmas yet
          continue
        }
        const nrp = nrpAcak(a, dipakai)
        await trx.insertInto('personel').values({ nrp, nama: nama(), pangkat: a.pilih(['BRIGPOL', 'BRIPKA', 'BRIPKA', 'AIPDA', 'AIPTU'] as const), jabatan: 'Bhabinkamtibmas', polsek_id: p.id, kontak: `08${a.bulat(1100000000, 1399999999)}`, aktif: 1 }).execute()
        hitung.personel++
        for (const d of desaPolsek.slice(i, i + pegang)) {
          await trx.insertInto('desa_binaan').values({ nrp, desa_kode: d.kode, mulai: mulaiTugas, selesai: null }).execute()
          bhabinDesa.set(d.kode, nrp)
        }
        i += pegang
      }
    }

    // Weekly reports: each desa has its own reporting habit; fields sometimes left blank.
    const master = new Map((await trx.selectFrom('desa').select(['kode', 'pos_kamling_total']).execute()).map((d) => [d.kode, d.pos_kamling_total]))
    const diubah = new Date().toISOString()
    const baris: Record<string, unknown>[] = []
    for (const d of desa) {
      const rajin = 0.55 + a.next() * 0.43
      const total = master.get(d.kode) ?? null
      for (const m of minggu) {
        if (!a.peluang(rajin)) continue
        const kamis = kamisMinggu(m.tahun, m.minggu)
        const musimPilkada = kamis >= '2024-08-15' && kamis <= '2024-12-15'
        const isi = (n: number) => (a.peluang(0.07) ? null : n)
        const ditangani = a.berbobot([[0, 5], [1, 3], [2, 1]] as const)
        const aktif = total === null ? null : a.bulat(Math.floor(total / 2), total)
        baris.push({
          desa_kode: d.kode,
          tahun: m.tahun,
          minggu: m.minggu,
          kk_dikunjungi: isi(a.bulat(8, 40)),
          penyuluhan: isi(a.berbobot([[0, 3], [1, 4], [2, 2], [3, 1]] as const)),
          masalah_ditangani: ditangani,
          masalah_selesai: a.bulat(0, ditangani),
          info_deteksi_dini: isi(a.berbobot([[0, 4], [1, 3], [2, 2], [3, 1]] as const)),
          pos_kamling_aktif: aktif === null ? null : isi(aktif),
          ronda_malam: isi(a.bulat(0, 7)),
          pertemuan_fkpm: isi(a.berbobot([[0, 3], [1, 1]] as const)),
          pertemuan_3pilar: isi(a.berbobot([[0, 2], [1, 2]] as const)),
          kegiatan_pangan: isi(a.berbobot([[0, 3], [1, 3], [2, 1]] as const)),
          sosialisasi_pilkada: musimPilkada ? isi(a.bulat(0, 2)) : a.peluang(0.5) ? 0 : null,
          nrp_pelapor: bhabinDesa.get(d.kode) ?? null,
          catatan: a.peluang(0.03) ? 'Laporan disusulkan oleh Kanit Binmas' : null,
          diubah_pada: diubah,
        })
      }
    }
    for (let i = 0; i < baris.length; i += 200) await trx.insertInto('laporan_mingguan').values(baris.slice(i, i + 200) as never).execute()
    hitung.laporan = baris.length

    // Incidents: every kategori × tingkat at least once, then a realistic spread.
    const tanggalAwal = rentangMinggu(awal.tahun, awal.minggu).senin
    const rentangHari = Math.round((Date.parse(hariIni) - Date.parse(tanggalAwal)) / 86_400_000)
    const kombinasi: [KategoriKejadian, (typeof TINGKAT_KEJADIAN)[number]][] = KATEGORI_KEJADIAN.flatMap((kat) => TINGKAT_KEJADIAN.map((t) => [kat, t] as [KategoriKejadian, (typeof TINGKAT_KEJADIAN)[number]]))
    const jumlah = Math.round(desa.length * 1.6)
    for (let i = 0; i < jumlah; i++) {
      const [kategori, tingkat] =
        i < kombinasi.length
          ? kombinasi[i]!
          : [
              a.berbobot<KategoriKejadian>([['tindak_pidana', 8], ['konflik_sosial', 2], ['konflik_agraria', 2], ['penimbunan', 1], ['distribusi_pangan', 1], ['unjuk_rasa', 1], ['hoaks', 2], ['narkoba', 1], ['kenakalan_remaja', 3], ['bencana', 2], ['laka_lantas', 4], ['lainnya', 1]]),
              a.berbobot([['potensi', 4], ['ambang', 2], ['nyata', 3]] as const),
            ]
      const tanggal = tambahHariTanggal(tanggalAwal, a.bulat(0, rentangHari))
      const umur = Math.round((Date.parse(hariIni) - Date.parse(tanggal)) / 86_400_000)
      const selesai = umur > 3 && a.peluang(umur > 45 ? 0.85 : 0.5)
      const tanggalSelesai = selesai ? tambahHariTanggal(tanggal, a.bulat(0, Math.min(umur, 25))) : null
      const d = a.pilih(desa)
      await trx
        .insertInto('kejadian')
        .values({ id: uuidDariBenih(a), tanggal, desa_kode: d.kode, kategori, tingkat, status: selesai ? 'selesai' : 'terbuka', tanggal_selesai: tanggalSelesai, uraian: a.pilih(URAIAN[kategori]), diubah_pada: diubah })
        .execute()
    }
    hitung.kejadian = jumlah
    await trx.insertInto('pengaturan').values({ kunci: KUNCI_CONTOH, nilai: '1' }).execute()
    await catatAudit(trx, k.sesi, { aksi: 'impor', tabel: 'satker', kunci: '53.03', sebelum: null, sesudah: { data_contoh: true, ...hitung } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'semua' })
  return hitung
}

/** Removes the demo entirely, back to the Pengaturan Awal wizard. Refused on real data. */
export async function hapusContoh(k: Konteks): Promise<void> {
  const tanda = await k.bd.db.selectFrom('pengaturan').select('nilai').where('kunci', '=', KUNCI_CONTOH).executeTakeFirst()
  if (tanda?.nilai !== '1') throw new GalatAplikasi('KONFLIK', 'Basis data ini bukan data contoh; data sungguhan tidak dihapus dengan tombol ini.')
  await k.bd.db.transaction().execute(async (trx) => {
    for (const t of ['periode_impor', 'impor_baris', 'impor', 'ekspor_revisi', 'kunci_tanda_tangan', 'kunci_tepercaya', 'audit', 'hasil_ikdk', 'ikdk_kotor', 'skema_periode', 'skema_ikdk', 'kunci_periode', 'kejadian', 'laporan_mingguan', 'desa_binaan', 'personel', 'desa_kode_lama', 'desa', 'kecamatan', 'polsek', 'kabupaten', 'satker'] as const) {
      await trx.deleteFrom(t).execute()
    }
    await trx.deleteFrom('pengaturan').where('kunci', '=', KUNCI_CONTOH).execute()
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'satker' })
}

export async function adalahContoh(k: Konteks): Promise<boolean> {
  return (await k.bd.db.selectFrom('pengaturan').select('nilai').where('kunci', '=', KUNCI_CONTOH).executeTakeFirst())?.nilai === '1'
}

