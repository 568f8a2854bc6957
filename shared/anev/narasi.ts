import { formatAngka, namaBulan as labelBulan } from '../format'
import type { NarasiAnev, SnapshotAnev } from './jenis'
import { namaPendek, type PeriodeAnev } from './periode'

/**
 * Drafts the narrative sections (Analisa, Evaluasi, Kendala, Rekomendasi,
 * Penutup) from a report's data in plain Polri Indonesian. Pure: the same data
 * always gives the same sentences; the Kasat Binmas edits them before printing.
 */

const bulat = (n: number) => formatAngka(n, 0)
const persen = (a: number, b: number) => formatAngka((a / b) * 100, 1)

/** A list in Indonesian: 'A', 'A dan B', 'A, B dan C'. */
export function daftarKata(kata: readonly string[]): string {
  if (kata.length <= 1) return kata[0] ?? ''
  return `${kata.slice(0, -1).join(', ')} dan ${kata[kata.length - 1]}`
}

/**
 * How a count changed against the comparison period, as the tail of a sentence:
 * 'naik 3 (33,3%) dibanding Agustus 2024', 'sama dengan Agustus 2024',
 * 'naik 4 dibanding Agustus 2024 yang nihil', or
 * 'belum ada data pembanding dari Agustus 2024' when there is none.
 */
export function frasaPerubahan(ini: number, lalu: number | null, namaLalu: string): string {
  if (lalu === null) return `belum ada data pembanding dari ${namaLalu}`
  if (ini === lalu) return `sama dengan ${namaLalu}`
  const arah = ini > lalu ? 'naik' : 'turun'
  const selisih = bulat(Math.abs(ini - lalu))
  if (lalu === 0) return `${arah} ${selisih} dibanding ${namaLalu} yang nihil`
  return `${arah} ${selisih} (${persen(Math.abs(ini - lalu), lalu)}%) dibanding ${namaLalu}`
}

const kePeriode = (p: SnapshotAnev['periode']) => p as PeriodeAnev

function analisa(s: SnapshotAnev): string {
  const p = kePeriode(s.periode)
  const lalu = namaPendek(kePeriode(s.pembanding))
  const pada = `Pada ${p.label}`
  const par: string[] = []

  // Disturbances: actual incidents first, as the Kapolres reads them.
  const k = s.kejadian
  const tot = { potensi: 0, ambang: 0, nyata: 0 }
  for (const r of k.perKategori) {
    tot.potensi += r.potensi
    tot.ambang += r.ambang
    tot.nyata += r.nyata
  }
  const semua = tot.potensi + tot.ambang + tot.nyata
  const laluK = s.pembanding.adaData ? k.lalu : null
  if (semua === 0) {
    const banding = laluK && laluK.potensi + laluK.ambang + laluK.nyata > 0 ? `, sedangkan pada ${lalu} tercatat ${bulat(laluK.potensi + laluK.ambang + laluK.nyata)} kejadian` : ''
    par.push(`${pada} tidak tercatat gangguan Kamtibmas (potensi gangguan, ambang gangguan maupun gangguan nyata) di wilayah hukum ${s.satker.nama}${banding}.`)
  } else {
    const kal = [`${pada} tercatat ${bulat(tot.nyata)} gangguan nyata, ${frasaPerubahan(tot.nyata, laluK?.nyata ?? null, lalu)}.`]
    kal.push(`Selain itu tercatat ${bulat(tot.ambang)} ambang gangguan dan ${bulat(tot.potensi)} potensi gangguan.`)
    const teratas = [...k.perKategori]
      .map((r) => ({ label: r.label, n: r.potensi + r.ambang + r.nyata }))
      .filter((r) => r.n > 0)
      .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label, 'id'))
      .slice(0, 3)
    kal.push(`Kategori terbanyak: ${daftarKata(teratas.map((r) => `${r.label} (${bulat(r.n)})`))}.`)
    kal.push(`Sebanyak ${bulat(k.selesai)} dari ${bulat(semua)} kejadian telah selesai ditangani.`)
    par.push(kal.join(' '))
  }

  // Activities.
  const keg = new Map(s.kegiatan.map((x) => [x.kolom, x]))
  const frasa = (kolom: string, satuan: string, awal: string) => {
    const x = keg.get(kolom)
    if (!x || x.ini === null) return null
    return `${awal} ${bulat(x.ini)} ${satuan}, ${frasaPerubahan(x.ini, s.pembanding.adaData ? x.lalu : null, lalu)}`
  }
  const kegiatan = [
    frasa('kk_dikunjungi', 'KK', 'sambang/DDS mengunjungi'),
    frasa('penyuluhan', 'kali', 'penyuluhan dilaksanakan'),
    frasa('masalah_ditangani', 'masalah', 'problem solving menangani'),
    frasa('info_deteksi_dini', 'informasi', 'deteksi dini menghasilkan'),
  ].filter((x): x is string => x !== null)
  if (kegiatan.length) par.push(`Kegiatan Bhabinkamtibmas ${p.label}: ${kegiatan.join('; ')}.`)
  else par.push(`Belum ada laporan kegiatan Bhabinkamtibmas yang masuk untuk ${p.label}.`)

  // IKDK.
  const i = s.ikdk
  const bernilai = i.distribusi.reduce((a, d) => a + d.jumlah, 0)
  if (bernilai === 0) {
    par.push(`Belum ada desa/kelurahan yang memiliki nilai IKDK untuk ${labelBulan(i.bulan)}.`)
  } else {
    const sebaran = daftarKata(i.distribusi.map((d) => `${bulat(d.jumlah)} ${d.kategori}`))
    const tanpa = i.tanpaNilai ? ` dan ${bulat(i.tanpaNilai)} belum bernilai` : ''
    const kal = [`Menurut IKDK ${labelBulan(i.bulan)}, dari ${bulat(s.jumlahDesa)} desa/kelurahan terdapat ${sebaran}${tanpa}.`]
    if (i.berubah.length === 0) kal.push(`Tidak ada desa/kelurahan yang berubah kategori dibanding ${labelBulan(i.bulanPembanding)}.`)
    else {
      const urut = i.distribusi.map((d) => d.kategori)
      const memburuk = i.berubah.filter((b) => urut.indexOf(b.ke) > urut.indexOf(b.dari))
      const membaik = i.berubah.length - memburuk.length
      kal.push(`Sebanyak ${bulat(i.berubah.length)} desa/kelurahan berubah kategori dibanding ${labelBulan(i.bulanPembanding)}: ${bulat(membaik)} membaik dan ${bulat(memburuk.length)} memburuk.`)
      if (memburuk.length) {
        const nama = memburuk.slice(0, 5).map((b) => `${b.desa} (${b.dari} menjadi ${b.ke})`)
        if (memburuk.length > 5) nama.push(`${bulat(memburuk.length - 5)} desa lainnya`)
        kal.push(`Desa yang memburuk: ${daftarKata(nama)}.`)
      }
    }
    kal.push(i.peringatan.length ? `Tercatat ${bulat(i.peringatan.length)} peringatan dini yang perlu ditindaklanjuti.` : 'Tidak ada peringatan dini pada periode ini.')
    par.push(kal.join(' '))
  }
  return par.join('\n\n')
}

/** Below this share of expected weekly reports a Polsek or officer is named. */
export const BATAS_KELENGKAPAN = 0.75

function evaluasi(s: SnapshotAnev): string {
  const p = kePeriode(s.periode)
  const lalu = namaPendek(kePeriode(s.pembanding))
  const par: string[] = []
  const wajib = s.kelengkapan.reduce((a, x) => a + x.wajib, 0)
  const masuk = s.kelengkapan.reduce((a, x) => a + x.masuk, 0)
  if (wajib === 0) par.push(`Belum ada minggu yang selesai pada ${p.label}, sehingga kelengkapan laporan belum dapat dinilai.`)
  else {
    const kal = [`Kelengkapan laporan mingguan Bhabinkamtibmas ${p.label} mencapai ${persen(masuk, wajib)}% (${bulat(masuk)} dari ${bulat(wajib)} laporan desa per minggu)`]
    const lw = s.kelengkapanLalu
    if (s.pembanding.adaData && lw.wajib > 0) {
      const selisih = (masuk / wajib - lw.masuk / lw.wajib) * 100
      const poin = formatAngka(Math.abs(selisih), 1)
      kal[0] += poin === '0,0' ? `, sama dengan ${lalu}.` : `, ${selisih > 0 ? 'naik' : 'turun'} ${poin} poin dibanding ${lalu} (${persen(lw.masuk, lw.wajib)}%).`
    } else kal[0] += '.'
    const kurang = s.kelengkapan.filter((x) => x.wajib > 0 && x.masuk / x.wajib < BATAS_KELENGKAPAN).sort((a, b) => a.masuk / a.wajib - b.masuk / b.wajib)
    if (kurang.length) kal.push(`Kelengkapan di bawah ${bulat(BATAS_KELENGKAPAN * 100)}%: ${daftarKata(kurang.map((x) => `${x.polsek} (${persen(x.masuk, x.wajib)}%)`))}.`)
    else if (masuk === wajib) kal.push('Seluruh Polsek melaporkan setiap minggu secara lengkap.')
    else kal.push(`Seluruh Polsek mencapai kelengkapan sekurang-kurangnya ${bulat(BATAS_KELENGKAPAN * 100)}%.`)
    par.push(kal.join(' '))
  }

  const dinilai = s.personel.filter((x) => x.targetKk > 0)
  if (dinilai.length) {
    const capai = dinilai.filter((x) => (x.kk ?? 0) >= x.targetKk)
    const target = formatAngka(s.targetDdsPerHari, Number.isInteger(s.targetDdsPerHari) ? 0 : 1)
    const kal = [`Dari ${bulat(dinilai.length)} Bhabinkamtibmas, ${bulat(capai.length)} mencapai target DDS ${target} KK per hari.`]
    const terendah = [...dinilai].sort((a, b) => (a.kk ?? 0) / a.targetKk - (b.kk ?? 0) / b.targetKk || a.nama.localeCompare(b.nama, 'id'))[0]!
    if (capai.length < dinilai.length) kal.push(`Capaian terendah: ${terendah.pangkat} ${terendah.nama} (${persen(terendah.kk ?? 0, terendah.targetKk)}% dari target).`)
    const jarang = dinilai.filter((x) => x.wajib > 0 && x.masuk / x.wajib < BATAS_KELENGKAPAN)
    if (jarang.length) kal.push(`${bulat(jarang.length)} Bhabinkamtibmas mengirim kurang dari ${bulat(BATAS_KELENGKAPAN * 100)}% laporan mingguan yang seharusnya.`)
    par.push(kal.join(' '))
  } else par.push('Belum ada Bhabinkamtibmas yang memegang desa binaan pada periode ini, sehingga capaian DDS belum dapat dinilai.')
  return par.join('\n\n')
}

function kendala(s: SnapshotAnev): string {
  const p = kePeriode(s.periode)
  const kal: string[] = []
  if (s.desaTanpaBhabin > 0) {
    const bhabin = s.personel.length
    const rata = bhabin ? ` Seorang Bhabinkamtibmas membina rata-rata ${formatAngka((s.jumlahDesa - s.desaTanpaBhabin) / bhabin, 1)} desa/kelurahan.` : ''
    kal.push(`${bulat(s.desaTanpaBhabin)} dari ${bulat(s.jumlahDesa)} desa/kelurahan belum memiliki Bhabinkamtibmas.${rata}`)
  }
  const wajib = s.kelengkapan.reduce((a, x) => a + x.wajib, 0)
  const masuk = s.kelengkapan.reduce((a, x) => a + x.masuk, 0)
  if (wajib > masuk) {
    const terbanyak = [...s.kelengkapan].sort((a, b) => b.wajib - b.masuk - (a.wajib - a.masuk) || a.polsek.localeCompare(b.polsek, 'id'))[0]!
    kal.push(`${bulat(wajib - masuk)} laporan mingguan desa belum masuk pada ${p.label}, terbanyak dari ${terbanyak.polsek} (${bulat(terbanyak.wajib - terbanyak.masuk)} laporan).`)
  }
  if (s.ikdk.tanpaNilai > 0) kal.push(`${bulat(s.ikdk.tanpaNilai)} desa/kelurahan belum dapat dinilai IKDK-nya karena laporan mingguan belum cukup.`)
  if (!kal.length) return 'Dari data yang tercatat tidak ditemukan kendala yang menonjol.'
  return kal.join('\n\n')
}

function rekomendasi(s: SnapshotAnev): string {
  const butir: string[] = []
  const urut = s.ikdk.distribusi.map((d) => d.kategori)
  const dua = urut.slice(-2)
  const rawan = s.ikdk.berubah.filter((b) => dua.includes(b.ke)).map((b) => b.desa)
  if (rawan.length) {
    const nama = rawan.slice(0, 8)
    if (rawan.length > 8) nama.push(`${bulat(rawan.length - 8)} desa lainnya`)
    butir.push(`Meningkatkan sambang, deteksi dini dan patroli dialogis di desa yang menjadi ${daftarKata(dua)}: ${daftarKata(nama)}.`)
  }
  if (s.ikdk.peringatan.length) butir.push(`Menindaklanjuti ${bulat(s.ikdk.peringatan.length)} peringatan dini dan melaporkan hasilnya pada Anev berikutnya.`)
  const kurang = s.kelengkapan.filter((x) => x.wajib > 0 && x.masuk / x.wajib < BATAS_KELENGKAPAN).map((x) => x.polsek)
  if (kurang.length) butir.push(`Kanit Binmas ${daftarKata(kurang)} agar memastikan laporan mingguan Bhabinkamtibmas masuk tepat waktu.`)
  const belum = s.personel.filter((x) => x.targetKk > 0 && (x.kk ?? 0) < x.targetKk).length
  if (belum) butir.push(`${bulat(belum)} Bhabinkamtibmas yang belum mencapai target DDS agar meningkatkan kunjungan door to door system (DDS).`)
  const teratas = [...s.kejadian.perKategori].sort((a, b) => b.nyata - a.nyata || a.label.localeCompare(b.label, 'id'))[0]
  // A 'most frequent' category needs at least two incidents to be worth a recommendation.
  if (teratas && teratas.nyata >= 2) butir.push(`Mengintensifkan penyuluhan dan problem solving terkait ${teratas.label}, kategori gangguan nyata terbanyak (${bulat(teratas.nyata)} kejadian).`)
  if (s.desaTanpaBhabin > 0) butir.push(`Mengusulkan penambahan Bhabinkamtibmas untuk ${bulat(s.desaTanpaBhabin)} desa/kelurahan yang belum memiliki Bhabinkamtibmas.`)
  if (!butir.length) butir.push('Mempertahankan kegiatan sambang, penyuluhan dan deteksi dini yang sudah berjalan baik.')
  return butir.map((b, i) => `${i + 1}. ${b}`).join('\n')
}

function penutup(s: SnapshotAnev): string {
  return `Demikian laporan analisa dan evaluasi (Anev) pelaksanaan tugas Bhabinkamtibmas Sat Binmas ${s.satker.nama} ${kePeriode(s.periode).label} ini dibuat sebagai bahan pertimbangan pimpinan dalam menentukan langkah pembinaan selanjutnya.`
}

export function susunNarasi(s: SnapshotAnev): NarasiAnev {
  return { analisa: analisa(s), evaluasi: evaluasi(s), kendala: kendala(s), rekomendasi: rekomendasi(s), penutup: penutup(s) }
}
