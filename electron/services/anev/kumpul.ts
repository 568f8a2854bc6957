import { type SnapshotAnev, type PersonelAnev } from '../../../shared/anev/jenis'
import { periodeSebelumnya, type PeriodeAnev } from '../../../shared/anev/periode'
import { KATEGORI_KEJADIAN, KOLOM_MINGGUAN, LABEL_KATEGORI_KEJADIAN, type KolomMingguan } from '../../../shared/ikdk/fields'
import { GalatAplikasi } from '../../../shared/galat'
import { bandingMinggu, bulanSebelumnya, hariTerakhirBulan, kamisMinggu, type Minggu, mingguDalamBulan, mingguTerakhirSelesai } from '../../../shared/iso-week'
import { tabelIkdkBulan } from '../ikdk/baca'
import { peringatanBulan } from '../ikdk/peringatan'
import type { Konteks } from '../konteks'
import { svgPetaRawan } from '../peta/statis'

/** Labels of the activity table, in the order a Kasat Binmas reads them. */
export const LABEL_KEGIATAN: Record<KolomMingguan, string> = {
  kk_dikunjungi: 'Sambang/DDS (KK dikunjungi)',
  penyuluhan: 'Penyuluhan (kali)',
  masalah_ditangani: 'Problem solving: masalah ditangani',
  masalah_selesai: 'Problem solving: masalah selesai',
  info_deteksi_dini: 'Informasi deteksi dini',
  pos_kamling_aktif: 'Pos kamling aktif (pos × minggu)',
  ronda_malam: 'Ronda malam (malam)',
  pertemuan_fkpm: 'Pertemuan FKPM',
  pertemuan_3pilar: 'Pertemuan 3 Pilar',
  kegiatan_pangan: 'Kegiatan ketahanan pangan',
  sosialisasi_pilkada: 'Sosialisasi Pilkada',
}

const TANPA_POLSEK = 'Tanpa Polsek'
const kunciMinggu = (m: Minggu) => m.tahun * 100 + m.minggu

/** The finished ISO weeks of a period's months (a running month counts only finished weeks). */
export function mingguPeriode(p: Pick<PeriodeAnev, 'bulan'>, hariIni: string): Minggu[] {
  const batas = mingguTerakhirSelesai(hariIni)
  return p.bulan.flatMap((b) => mingguDalamBulan(b).filter((m) => bandingMinggu(m, batas) <= 0))
}

type Baris = { desa_kode: string; tahun: number; minggu: number } & Record<KolomMingguan, number | null>
interface Binaan {
  nrp: string
  desa_kode: string
  mulai: string
  selesai: string | null
}

function bacaLaporan(k: Konteks, minggu: Minggu[]): Baris[] {
  if (!minggu.length) return []
  return k.bd.sqlite
    .prepare(`SELECT desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun * 100 + minggu BETWEEN ? AND ?`)
    .all(kunciMinggu(minggu[0]!), kunciMinggu(minggu[minggu.length - 1]!)) as Baris[]
}

const dilaporkan = (b: Baris) => KOLOM_MINGGUAN.some((c) => b[c] !== null)
const tambah = (a: number | null, v: number | null) => (v === null ? a : (a ?? 0) + v)

function jumlahKolom(baris: Baris[]): Record<KolomMingguan, number | null> {
  const hasil = Object.fromEntries(KOLOM_MINGGUAN.map((c) => [c, null])) as Record<KolomMingguan, number | null>
  for (const b of baris) for (const c of KOLOM_MINGGUAN) hasil[c] = tambah(hasil[c], b[c])
  return hasil
}

/**
 * Reads everything one Anev report shows for a period from the database:
 * report completeness, activities against the previous period of the same
 * length, DDS against target and performance per Bhabinkamtibmas, incidents,
 * IKDK distribution, changes and early warnings, and the Peta Rawan.
 */
export async function kumpulkanAnev(k: Konteks, p: PeriodeAnev): Promise<SnapshotAnev> {
  const s = k.bd.sqlite
  const satker = s.prepare('SELECT nama, kode, provinsi_nama FROM satker WHERE id = 1').get() as { nama: string; kode: string; provinsi_nama: string } | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Satker belum disiapkan. Selesaikan Pengaturan Awal dahulu.')
  const hariIni = k.hariIni()
  if (p.bulanAwal > hariIni.slice(0, 7)) throw new GalatAplikasi('INPUT_TIDAK_VALID', `Periode ${p.label} belum dimulai.`)
  const kabupaten = s.prepare('SELECT nama FROM kabupaten ORDER BY kode LIMIT 1').get() as { nama: string } | undefined
  const contoh = s.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'data_contoh'").get() as { nilai: string } | undefined
  const target = Number((s.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'target_dds_kk_per_hari'").get() as { nilai: string } | undefined)?.nilai ?? 5)
  const targetDdsPerHari = Number.isFinite(target) && target > 0 ? target : 5

  const lalu = periodeSebelumnya(p)
  const minggu = mingguPeriode(p, hariIni)
  const mingguLalu = mingguPeriode(lalu, hariIni)

  const desa = s
    .prepare(
      `SELECT d.kode, d.nama, kc.nama kecamatan, COALESCE(p.nama, '${TANPA_POLSEK}') polsek
       FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN polsek p ON p.id = kc.polsek_id WHERE d.aktif = 1 ORDER BY d.kode`,
    )
    .all() as { kode: string; nama: string; kecamatan: string; polsek: string }[]
  const desaPer = new Map(desa.map((d) => [d.kode, d]))
  const laporan = bacaLaporan(k, minggu).filter((b) => desaPer.has(b.desa_kode))
  const laporanLalu = bacaLaporan(k, mingguLalu).filter((b) => desaPer.has(b.desa_kode))
  const adaDataLalu = laporanLalu.length > 0

  // Completeness per Polsek: every active desa should report every finished week.
  const perPolsek = new Map<string, { polsek: string; desa: number; wajib: number; masuk: number }>()
  for (const d of desa) {
    const x = perPolsek.get(d.polsek) ?? { polsek: d.polsek, desa: 0, wajib: 0, masuk: 0 }
    x.desa++
    x.wajib += minggu.length
    perPolsek.set(d.polsek, x)
  }
  for (const b of laporan) if (dilaporkan(b)) perPolsek.get(desaPer.get(b.desa_kode)!.polsek)!.masuk++
  const kelengkapan = [...perPolsek.values()].sort((a, b) => (a.polsek === TANPA_POLSEK ? 1 : 0) - (b.polsek === TANPA_POLSEK ? 1 : 0) || a.polsek.localeCompare(b.polsek, 'id'))

  const ini = jumlahKolom(laporan)
  const sebelum = jumlahKolom(laporanLalu)
  const kegiatan = KOLOM_MINGGUAN.map((c) => ({ kolom: c, label: LABEL_KEGIATAN[c], ini: ini[c], lalu: sebelum[c] }))

  // Who held each desa in each week: the assignment covering the week's Thursday.
  const binaan = s.prepare('SELECT nrp, desa_kode, mulai, selesai FROM desa_binaan').all() as Binaan[]
  const binaanDesa = new Map<string, Binaan[]>()
  for (const b of binaan) binaanDesa.set(b.desa_kode, [...(binaanDesa.get(b.desa_kode) ?? []), b])
  const pemegang = (kode: string, tanggal: string) => binaanDesa.get(kode)?.find((b) => b.mulai <= tanggal && (b.selesai === null || b.selesai >= tanggal))?.nrp ?? null
  const laporanPer = new Map(laporan.map((b) => [`${b.desa_kode}|${b.tahun}|${b.minggu}`, b]))
  const orang = new Map<string, { desa: Set<string>; minggu: Set<number>; wajib: number; baris: Baris[]; nyata: number }>()
  for (const m of minggu) {
    const kamis = kamisMinggu(m.tahun, m.minggu)
    for (const d of desa) {
      const nrp = pemegang(d.kode, kamis)
      if (!nrp) continue
      const o = orang.get(nrp) ?? { desa: new Set(), minggu: new Set(), wajib: 0, baris: [], nyata: 0 }
      o.desa.add(d.kode)
      o.minggu.add(kunciMinggu(m))
      o.wajib++
      const b = laporanPer.get(`${d.kode}|${m.tahun}|${m.minggu}`)
      if (b) o.baris.push(b)
      orang.set(nrp, o)
    }
  }
  const tanggalAwal = `${p.bulanAwal}-01`
  const tanggalAkhir = hariTerakhirBulan(p.bulanAkhir)
  const kejadian = s
    .prepare(`SELECT desa_kode, kategori, tingkat, status, tanggal FROM kejadian WHERE tanggal BETWEEN ? AND ?`)
    .all(tanggalAwal, tanggalAkhir)
    .filter((r) => desaPer.has((r as { desa_kode: string }).desa_kode)) as { desa_kode: string; kategori: string; tingkat: 'potensi' | 'ambang' | 'nyata'; status: string; tanggal: string }[]
  for (const r of kejadian) {
    if (r.tingkat !== 'nyata') continue
    const nrp = pemegang(r.desa_kode, r.tanggal)
    const o = nrp ? orang.get(nrp) : undefined
    if (o) o.nyata++
  }
  const dataPersonel = new Map(
    (s.prepare(`SELECT pr.nrp, pr.nama, pr.pangkat, COALESCE(p.nama, '${TANPA_POLSEK}') polsek FROM personel pr LEFT JOIN polsek p ON p.id = pr.polsek_id`).all() as { nrp: string; nama: string; pangkat: string; polsek: string }[]).map((r) => [r.nrp, r]),
  )
  const personel: PersonelAnev[] = [...orang].map(([nrp, o]) => {
    const pr = dataPersonel.get(nrp)
    const j = jumlahKolom(o.baris)
    const jumlah = (...c: KolomMingguan[]) => c.reduce<number | null>((a, x) => tambah(a, j[x]), null)
    return {
      nrp,
      nama: pr?.nama ?? nrp,
      pangkat: pr?.pangkat ?? '',
      polsek: pr?.polsek ?? TANPA_POLSEK,
      desa: [...o.desa].map((kode) => desaPer.get(kode)!.nama).sort((a, b) => a.localeCompare(b, 'id')),
      wajib: o.wajib,
      masuk: o.baris.filter(dilaporkan).length,
      kk: j.kk_dikunjungi,
      targetKk: Math.round(targetDdsPerHari * 7 * o.minggu.size),
      penyuluhan: j.penyuluhan,
      psDitangani: j.masalah_ditangani,
      psSelesai: j.masalah_selesai,
      deteksiDini: j.info_deteksi_dini,
      ronda: j.ronda_malam,
      fkpm3Pilar: jumlah('pertemuan_fkpm', 'pertemuan_3pilar'),
      pangan: j.kegiatan_pangan,
      pilkada: j.sosialisasi_pilkada,
      kejadianNyata: o.nyata,
    }
  })
  personel.sort((a, b) => (a.polsek === TANPA_POLSEK ? 1 : 0) - (b.polsek === TANPA_POLSEK ? 1 : 0) || a.polsek.localeCompare(b.polsek, 'id') || a.nama.localeCompare(b.nama, 'id'))
  const hariAkhirData = tanggalAkhir < hariIni ? tanggalAkhir : hariIni
  const desaTanpaBhabin = desa.filter((d) => pemegang(d.kode, hariAkhirData) === null).length

  // Incidents by kategori × tingkat, and the previous period's totals.
  const perKategori = KATEGORI_KEJADIAN.map((kat) => {
    const r = kejadian.filter((x) => x.kategori === kat)
    return { kategori: kat, label: LABEL_KATEGORI_KEJADIAN[kat], potensi: r.filter((x) => x.tingkat === 'potensi').length, ambang: r.filter((x) => x.tingkat === 'ambang').length, nyata: r.filter((x) => x.tingkat === 'nyata').length }
  })
  const laluKejadian = s
    .prepare(`SELECT tingkat, COUNT(*) n FROM kejadian k JOIN desa d ON d.kode = k.desa_kode AND d.aktif = 1 WHERE tanggal BETWEEN ? AND ? GROUP BY tingkat`)
    .all(`${lalu.bulanAwal}-01`, hariTerakhirBulan(lalu.bulanAkhir)) as { tingkat: string; n: number }[]
  const nLalu = (t: string) => laluKejadian.find((x) => x.tingkat === t)?.n ?? 0

  // IKDK: the last month of the period that has begun, against the last month before the period.
  const bulanIkdk = p.bulanAkhir <= hariIni.slice(0, 7) ? p.bulanAkhir : hariIni.slice(0, 7)
  const bulanPembanding = p.jenis === 'bulan' ? bulanSebelumnya(p.bulanAwal) : lalu.bulanAkhir
  const tabel = await tabelIkdkBulan(k, bulanIkdk)
  const tabelLalu = await tabelIkdkBulan(k, bulanPembanding)
  const barisIni = tabel.baris.filter((b) => desaPer.has(b.desaKode))
  const barisLalu = tabelLalu.baris.filter((b) => desaPer.has(b.desaKode))
  const kategoriLalu = new Map(barisLalu.map((b) => [b.desaKode, b]))
  const rata = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null)
    return v.length ? Math.round((v.reduce((a, x) => a + x, 0) / v.length) * 10) / 10 : null
  }
  const berubah = barisIni
    .filter((b) => b.kategori !== null && kategoriLalu.get(b.desaKode)?.kategori && kategoriLalu.get(b.desaKode)!.kategori !== b.kategori)
    .map((b) => ({ desa: b.desaNama, kecamatan: b.kecamatanNama, polsek: b.polsekNama ?? TANPA_POLSEK, dari: kategoriLalu.get(b.desaKode)!.kategori!, ke: b.kategori!, nilaiLalu: kategoriLalu.get(b.desaKode)!.nilai, nilai: b.nilai }))
    .sort((a, b) => a.polsek.localeCompare(b.polsek, 'id') || a.desa.localeCompare(b.desa, 'id'))
  const peringatan = []
  for (const b of p.bulan.filter((x) => x <= hariIni.slice(0, 7))) {
    for (const x of await peringatanBulan(k, b)) if (desaPer.has(x.kodeDesa)) peringatan.push({ tanggal: x.tanggal, desa: x.desaNama, polsek: x.polsekNama ?? TANPA_POLSEK, pesan: x.alasan })
  }
  peringatan.sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.desa.localeCompare(b.desa, 'id'))

  let petaSvg: string | null = null
  try {
    petaSvg = svgPetaRawan(k, bulanIkdk, { lebar: 900, tinggi: 640 })
  } catch (e) {
    // The report stays printable without its map; the section says the map is missing.
    console.error('[binmas] peta rawan untuk Anev gagal dibuat:', e)
  }

  return {
    versi: 1,
    periode: p,
    pembanding: { ...lalu, adaData: adaDataLalu },
    satker: { nama: satker.nama, kode: satker.kode, provinsi: satker.provinsi_nama, tempat: (kabupaten?.nama ?? '').replace(/^(Kabupaten|Kota)\s+/, '') },
    dataContoh: contoh?.nilai === '1',
    diambilPada: hariIni,
    jumlahDesa: desa.length,
    jumlahPolsek: [...perPolsek.keys()].filter((n) => n !== TANPA_POLSEK).length,
    mingguSelesai: minggu.length,
    mingguPembanding: mingguLalu.length,
    targetDdsPerHari,
    kelengkapan,
    kelengkapanLalu: { wajib: desa.length * mingguLalu.length, masuk: laporanLalu.filter(dilaporkan).length },
    kegiatan,
    personel,
    desaTanpaBhabin,
    kejadian: { perKategori, lalu: adaDataLalu ? { potensi: nLalu('potensi'), ambang: nLalu('ambang'), nyata: nLalu('nyata') } : null, selesai: kejadian.filter((x) => x.status === 'selesai').length },
    ikdk: {
      bulan: bulanIkdk,
      bulanPembanding,
      distribusi: tabel.kategori.map((x) => ({ kategori: x.nama, jumlah: barisIni.filter((b) => b.kategori === x.nama).length, jumlahLalu: barisLalu.length ? barisLalu.filter((b) => b.kategori === x.nama).length : null })),
      tanpaNilai: desa.length - barisIni.filter((b) => b.kategori !== null).length,
      rataRata: rata(barisIni.map((b) => b.nilai)),
      rataRataLalu: rata(barisLalu.map((b) => b.nilai)),
      berubah,
      peringatan,
    },
    petaSvg,
  }
}
