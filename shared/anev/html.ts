import { formatAngka, formatTanggal, namaBulan } from '../format'
import { barisKop, barisTtd, MARGIN_NASKAH, namaResor } from '../naskah-dinas'
import type { DokumenAnev, KunciNarasi, SnapshotAnev } from './jenis'
import { namaPendek, type PeriodeAnev } from './periode'
import { WARNA_KATEGORI } from '../warna-kategori'

/**
 * The Anev report as one self-contained HTML document (inline CSS, charts and
 * map inline): the single builder behind the screen preview and the PDF, so
 * what the Kasat Binmas reads on screen is what prints.
 */

/** Paper sizes in CSS: A4 and Indonesian folio (F4, 215 × 330 mm). */
const UKURAN_CSS = { A4: 'A4 portrait', F4: '215mm 330mm' } as const

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const n0 = (n: number | null) => (n === null ? '–' : formatAngka(n, 0))
const pct = (a: number, b: number) => (b === 0 ? '–' : `${formatAngka((a / b) * 100, 1)}%`)
const per = (p: SnapshotAnev['periode']) => p as PeriodeAnev

function selisih(ini: number | null, lalu: number | null): string {
  if (ini === null || lalu === null) return '–'
  const d = ini - lalu
  if (d === 0) return 'tetap'
  const tanda = d > 0 ? '+' : '−'
  return lalu === 0 ? `${tanda}${formatAngka(Math.abs(d), 0)}` : `${tanda}${formatAngka(Math.abs(d), 0)} (${tanda}${formatAngka((Math.abs(d) / lalu) * 100, 1)}%)`
}

interface Kolom {
  judul: string
  kanan?: boolean
  lebar?: string
}

/** A table whose header repeats on every page and whose rows never split across pages. */
function tabel(kolom: Kolom[], baris: string[][], opsi: { kaki?: string[]; kosong?: string; kelas?: string } = {}): string {
  if (!baris.length) return `<p class="kosong">${esc(opsi.kosong ?? 'Tidak ada data.')}</p>`
  const kepala = kolom.map((k) => `<th scope="col"${k.kanan ? ' class="kanan"' : ''}${k.lebar ? ` style="width:${k.lebar}"` : ''}>${esc(k.judul)}</th>`).join('')
  const isi = baris.map((b) => `<tr>${b.map((sel, i) => `<td${kolom[i]?.kanan ? ' class="kanan"' : ''}>${sel}</td>`).join('')}</tr>`).join('')
  const kaki = opsi.kaki ? `<tfoot><tr>${opsi.kaki.map((sel, i) => `<td${kolom[i]?.kanan ? ' class="kanan"' : ''}>${sel}</td>`).join('')}</tr></tfoot>` : ''
  return `<table class="tabel${opsi.kelas ? ` ${opsi.kelas}` : ''}"><thead><tr>${kepala}</tr></thead><tbody>${isi}</tbody>${kaki}</table>`
}

/** Narrative text: blank lines separate paragraphs; lines starting "1." stay numbered lines. */
function paragraf(teks: string): string {
  const blok = teks.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
  if (!blok.length) return '<p class="kosong">(belum diisi)</p>'
  return blok.map((b) => `<p>${b.split('\n').map(esc).join('<br>')}</p>`).join('')
}

function gambar(src: string | undefined, alt: string, keterangan: string): string {
  if (!src) return ''
  return `<figure class="grafik"><img src="${esc(src)}" alt="${esc(alt)}"><figcaption>${esc(keterangan)}</figcaption></figure>`
}

function lencana(kategori: string): string {
  const w = WARNA_KATEGORI[kategori] ?? '#57606a'
  return `<span class="lencana"><span class="warna" style="background:${w}"></span>${esc(kategori)}</span>`
}

/** Early warnings printed in the report; the Lampiran workbook lists all of them. */
export const BATAS_PERINGATAN_CETAK = 40

function bagianData(d: DokumenAnev): string {
  const s = d.snapshot
  const p = per(s.periode)
  const lalu = namaPendek(per(s.pembanding))
  const adaLalu = s.pembanding.adaData
  const h: string[] = []

  // A. Completeness.
  const wajib = s.kelengkapan.reduce((a, x) => a + x.wajib, 0)
  const masuk = s.kelengkapan.reduce((a, x) => a + x.masuk, 0)
  h.push(`<h3>A. Kelengkapan Laporan Mingguan</h3>`)
  h.push(`<p>Laporan yang seharusnya masuk: setiap desa/kelurahan setiap minggu yang sudah selesai (${n0(s.mingguSelesai)} minggu pada ${esc(p.label)}).</p>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '8%' }, { judul: 'Polsek' }, { judul: 'Desa', kanan: true }, { judul: 'Laporan seharusnya', kanan: true }, { judul: 'Laporan masuk', kanan: true }, { judul: 'Kelengkapan', kanan: true }],
      s.kelengkapan.map((x, i) => [String(i + 1), esc(x.polsek), n0(x.desa), n0(x.wajib), n0(x.masuk), pct(x.masuk, x.wajib)]),
      { kaki: ['', '<strong>Jumlah</strong>', n0(s.jumlahDesa), n0(wajib), n0(masuk), pct(masuk, wajib)], kosong: 'Belum ada desa aktif.' },
    ),
  )

  // B. Activities.
  h.push(`<h3>B. Kegiatan Bhabinkamtibmas</h3>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '8%' }, { judul: 'Kegiatan' }, { judul: namaPendek(p), kanan: true }, { judul: lalu, kanan: true }, { judul: 'Perubahan', kanan: true }],
      s.kegiatan.map((x, i) => [String(i + 1), esc(x.label), n0(x.ini), adaLalu ? n0(x.lalu) : '–', adaLalu ? selisih(x.ini, x.lalu) : '–']),
    ),
  )
  if (!adaLalu) h.push(`<p class="catatan">Belum ada laporan ${esc(lalu)} sebagai pembanding.</p>`)
  h.push(gambar(d.grafik.kegiatan, `Grafik kegiatan ${p.label} dibanding ${lalu}`, `Grafik 1. Kegiatan Bhabinkamtibmas ${namaPendek(p)} dibanding ${lalu}.`))

  // C. DDS against target.
  const target = formatAngka(s.targetDdsPerHari, Number.isInteger(s.targetDdsPerHari) ? 0 : 1)
  h.push(`<h3>C. Sambang/DDS terhadap Target</h3>`)
  h.push(`<p>Target DDS ${target} KK per hari per Bhabinkamtibmas (${target} × 7 hari × jumlah minggu memegang desa binaan).</p>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '5%' }, { judul: 'Bhabinkamtibmas', lebar: '26%' }, { judul: 'NRP', lebar: '12%' }, { judul: 'Polsek', lebar: '12%' }, { judul: 'Desa binaan' }, { judul: 'Lapor', kanan: true }, { judul: 'KK', kanan: true }, { judul: 'Target', kanan: true }, { judul: 'Capaian', kanan: true }],
      s.personel.map((x, i) => [
        String(i + 1),
        esc(`${x.pangkat} ${x.nama}`),
        `<span class="utuh">${esc(x.nrp)}</span>`,
        esc(x.polsek.replace(/^POLSEK\s+/, '')),
        esc(x.desa.join(', ')),
        `${n0(x.masuk)}/${n0(x.wajib)}`,
        n0(x.kk),
        n0(x.targetKk),
        pct(x.kk ?? 0, x.targetKk),
      ]),
      { kosong: 'Belum ada Bhabinkamtibmas yang memegang desa binaan pada periode ini.', kelas: 'rapat' },
    ),
  )
  h.push(`<p class="catatan">Lapor = laporan mingguan masuk / seharusnya untuk desa binaannya; KK = KK dikunjungi (sambang/DDS).${s.desaTanpaBhabin ? ` ${n0(s.desaTanpaBhabin)} desa/kelurahan belum memiliki Bhabinkamtibmas.` : ''}</p>`)

  // D. Incidents.
  const k = s.kejadian
  const tot = k.perKategori.reduce((a, r) => ({ potensi: a.potensi + r.potensi, ambang: a.ambang + r.ambang, nyata: a.nyata + r.nyata }), { potensi: 0, ambang: 0, nyata: 0 })
  h.push(`<h3>D. Gangguan Kamtibmas</h3>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '8%' }, { judul: 'Kategori' }, { judul: 'Potensi gangguan', kanan: true }, { judul: 'Ambang gangguan', kanan: true }, { judul: 'Gangguan nyata', kanan: true }, { judul: 'Jumlah', kanan: true }],
      k.perKategori.map((r, i) => [String(i + 1), esc(r.label), n0(r.potensi), n0(r.ambang), n0(r.nyata), n0(r.potensi + r.ambang + r.nyata)]),
      { kaki: ['', '<strong>Jumlah</strong>', n0(tot.potensi), n0(tot.ambang), n0(tot.nyata), n0(tot.potensi + tot.ambang + tot.nyata)] },
    ),
  )
  h.push(
    `<p>${k.lalu ? `Pembanding ${esc(lalu)}: ${n0(k.lalu.potensi)} potensi, ${n0(k.lalu.ambang)} ambang, ${n0(k.lalu.nyata)} gangguan nyata. ` : ''}Selesai ditangani: ${n0(k.selesai)} dari ${n0(tot.potensi + tot.ambang + tot.nyata)} kejadian.</p>`,
  )
  h.push(gambar(d.grafik.kejadian, `Grafik gangguan Kamtibmas per kategori ${p.label}`, `Grafik 2. Gangguan Kamtibmas per kategori dan tingkat, ${namaPendek(p)}.`))

  // E. IKDK.
  const i = s.ikdk
  h.push(`<h3>E. Indeks Keamanan Desa/Kelurahan (IKDK) ${esc(namaBulan(i.bulan))}</h3>`)
  const adaLaluIkdk = i.distribusi.some((x) => x.jumlahLalu !== null)
  h.push(
    tabel(
      [{ judul: 'Kategori' }, { judul: namaBulan(i.bulan), kanan: true }, { judul: namaBulan(i.bulanPembanding), kanan: true }],
      [
        ...i.distribusi.map((x) => [lencana(x.kategori), n0(x.jumlah), adaLaluIkdk ? n0(x.jumlahLalu) : '–']),
        ['Belum bernilai', n0(i.tanpaNilai), '–'],
        ['Rata-rata IKDK', i.rataRata === null ? '–' : formatAngka(i.rataRata, 1), i.rataRataLalu === null ? '–' : formatAngka(i.rataRataLalu, 1)],
      ],
    ),
  )
  h.push(gambar(d.grafik.ikdk, `Grafik sebaran kategori IKDK ${namaBulan(i.bulan)}`, `Grafik 3. Sebaran kategori IKDK ${namaBulan(i.bulan)} dibanding ${namaBulan(i.bulanPembanding)}.`))
  h.push(`<h4>Desa/kelurahan yang berubah kategori</h4>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '6%' }, { judul: 'Desa/Kelurahan', lebar: '18%' }, { judul: 'Kecamatan', lebar: '17%' }, { judul: 'Polsek' }, { judul: 'Kategori sebelumnya' }, { judul: 'Kategori sekarang' }, { judul: 'IKDK', kanan: true }],
      i.berubah.map((b, j) => [String(j + 1), esc(b.desa), esc(b.kecamatan), esc(b.polsek.replace(/^POLSEK\s+/, '')), lencana(b.dari), lencana(b.ke), `${formatAngka(b.nilaiLalu, 1)} → ${formatAngka(b.nilai, 1)}`]),
      { kosong: `Tidak ada desa/kelurahan yang berubah kategori dibanding ${namaBulan(i.bulanPembanding)}.`, kelas: 'rapat' },
    ),
  )
  h.push(`<h4>Peringatan dini</h4>`)
  h.push(
    tabel(
      [{ judul: 'No', kanan: true, lebar: '6%' }, { judul: 'Tanggal', lebar: '19%' }, { judul: 'Desa/Kelurahan', lebar: '16%' }, { judul: 'Polsek', lebar: '14%' }, { judul: 'Alasan' }],
      i.peringatan.slice(0, BATAS_PERINGATAN_CETAK).map((x, j) => [String(j + 1), `<span class="utuh">${esc(formatTanggal(x.tanggal))}</span>`, esc(x.desa), esc(x.polsek.replace(/^POLSEK\s+/, '')), esc(x.pesan)]),
      { kosong: 'Tidak ada peringatan dini pada periode ini.', kelas: 'rapat' },
    ),
  )
  if (i.peringatan.length > BATAS_PERINGATAN_CETAK) h.push(`<p class="catatan">Ditampilkan ${n0(BATAS_PERINGATAN_CETAK)} dari ${n0(i.peringatan.length)} peringatan dini; daftar lengkap ada di Lampiran (sheet Peringatan Dini).</p>`)
  h.push(`<h4>Peta Rawan ${esc(namaBulan(i.bulan))}</h4>`)
  h.push(
    s.petaSvg
      ? `<figure class="peta"><img src="data:image/svg+xml;base64,${base64Utf8(s.petaSvg)}" alt="Peta Rawan ${esc(namaBulan(i.bulan))}"><figcaption>Gambar 1. Peta Rawan Kamtibmas ${esc(namaBulan(i.bulan))} menurut kategori IKDK.</figcaption></figure>`
      : '<p class="kosong">Peta Rawan tidak tersedia untuk laporan ini.</p>',
  )

  // F. Performance per officer.
  h.push(`<h3>F. Kinerja per Bhabinkamtibmas</h3>`)
  h.push(
    tabel(
      [
        { judul: 'No', kanan: true, lebar: '5%' },
        { judul: 'Bhabinkamtibmas', lebar: '30%' },
        { judul: 'Lapor', kanan: true },
        { judul: 'DDS', kanan: true },
        { judul: 'Luh', kanan: true },
        { judul: 'PS (sls)', kanan: true },
        { judul: 'DD', kanan: true },
        { judul: 'Ronda', kanan: true },
        { judul: 'FKPM/3P', kanan: true },
        { judul: 'Pangan', kanan: true },
        { judul: 'Pilkada', kanan: true },
        { judul: 'GN', kanan: true },
      ],
      s.personel.map((x, j) => [
        String(j + 1),
        esc(`${x.pangkat} ${x.nama}`),
        pct(x.masuk, x.wajib),
        n0(x.kk),
        n0(x.penyuluhan),
        `${n0(x.psDitangani)} (${n0(x.psSelesai)})`,
        n0(x.deteksiDini),
        n0(x.ronda),
        n0(x.fkpm3Pilar),
        n0(x.pangan),
        n0(x.pilkada),
        n0(x.kejadianNyata),
      ]),
      { kosong: 'Belum ada Bhabinkamtibmas yang memegang desa binaan pada periode ini.', kelas: 'rapat kecil-huruf' },
    ),
  )
  h.push(`<p class="catatan">Lapor = kelengkapan laporan mingguan; DDS = KK dikunjungi; Luh = penyuluhan; PS = problem solving (masalah ditangani, dalam kurung selesai); DD = informasi deteksi dini; FKPM/3P = pertemuan FKPM dan 3 Pilar; Pangan = kegiatan ketahanan pangan; GN = gangguan nyata di desa binaan; – = tidak dilaporkan (bukan nol).</p>`)
  return h.join('\n')
}

/** base64 of a UTF-8 string without Buffer or btoa's Latin-1 limit, so it runs in Node and the renderer alike. */
function base64Utf8(teks: string): string {
  const byte = new TextEncoder().encode(teks)
  const abjad = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let hasil = ''
  for (let i = 0; i < byte.length; i += 3) {
    const a = byte[i]!
    const b = byte[i + 1]
    const c = byte[i + 2]
    hasil += abjad[a >> 2]! + abjad[((a & 3) << 4) | ((b ?? 0) >> 4)]!
    hasil += b === undefined ? '=' : abjad[((b & 15) << 2) | ((c ?? 0) >> 6)]!
    hasil += c === undefined ? '=' : abjad[c & 63]!
  }
  return hasil
}

export const JUDUL_NARASI: Record<KunciNarasi, string> = {
  analisa: 'III. ANALISA',
  evaluasi: 'IV. EVALUASI',
  kendala: 'V. KENDALA',
  rekomendasi: 'VI. REKOMENDASI/SARAN',
  penutup: 'VII. PENUTUP',
}

const FONT = "Arial, 'Liberation Sans', 'DejaVu Sans', Helvetica, sans-serif"

function gaya(ukuran: 'A4' | 'F4'): string {
  const m = MARGIN_NASKAH
  const lebarKertas = ukuran === 'A4' ? '21cm' : '21.5cm'
  return `
@page { size: ${UKURAN_CSS[ukuran]}; margin: ${m.atas} ${m.kanan} ${m.bawah} ${m.kiri}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; }
.kop { display: inline-block; text-align: center; font-weight: 700; font-size: 10.5pt; line-height: 1.35; padding-bottom: 2pt; border-bottom: 1.5px solid #000; margin-bottom: 14pt; }
.kop p { margin: 0; }
.judul { text-align: center; margin: 0 0 14pt; }
.judul h1 { font-size: 12pt; margin: 0; text-decoration: underline; }
.judul p { margin: 2pt 0 0; text-align: center; }
.contoh { border: 2px solid #b42318; color: #b42318; font-weight: 700; text-align: center; padding: 3pt; margin: 0 0 10pt; }
h2 { font-size: 11pt; margin: 14pt 0 5pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
p { margin: 0 0 5pt; text-align: justify; }
ol.dasar { margin: 0 0 5pt; padding-left: 1.3em; }
.tabel { width: calc(100% - 2px); border-collapse: collapse; font-size: 9pt; line-height: 1.25; margin: 0 0 6pt; font-variant-numeric: tabular-nums; }
.tabel.rapat { font-size: 8.5pt; }
.tabel.kecil-huruf { font-size: 8pt; }
.tabel thead { display: table-header-group; }
.tabel tfoot { display: table-row-group; }
.tabel tr { break-inside: avoid; page-break-inside: avoid; }
.tabel th, .tabel td { border: 1px solid #000; padding: 2pt 3pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.tabel th { background: #e6e6e6; font-weight: 700; }
.tabel tfoot td { font-weight: 700; background: #f3f3f3; }
.tabel .kanan { text-align: right; white-space: nowrap; }
.kecil { font-size: 7.5pt; color: #333; }
.catatan { font-size: 8.5pt; }
.kosong { font-style: italic; }
.lencana, .utuh { white-space: nowrap; }
.lencana .warna { display: inline-block; width: 8pt; height: 8pt; margin-right: 3pt; border: 0.5pt solid #000; vertical-align: -1pt; }
figure { margin: 4pt 0 8pt; break-inside: avoid; page-break-inside: avoid; text-align: center; }
figure img { max-width: 100%; height: auto; }
.grafik img { max-height: 8.5cm; }
.peta img { max-height: 15cm; }
figcaption { font-size: 8.5pt; margin-top: 2pt; }
.ttd { width: 7.5cm; margin: 18pt 0 0 auto; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.ttd p { margin: 0; text-align: center; }
.ruang-ttd { height: 2cm; }
.nama-ttd { font-weight: 700; text-decoration: underline; }
@media screen {
  body { background: #d0d4d9; padding: 12px 0; }
  .kertas { width: ${lebarKertas}; margin: 0 auto; background: #fff; padding: ${m.atas} ${m.kanan} ${m.bawah} ${m.kiri}; box-shadow: 0 1px 6px rgba(0,0,0,.35); }
}
`
}

/** The footer printed by Chromium on every page (printToPDF / page.pdf footerTemplate): report title and "Halaman X dari Y". */
export function kakiHalamanAnev(d: DokumenAnev): string {
  const m = MARGIN_NASKAH
  const kiri = `Laporan Anev Sat Binmas ${d.snapshot.satker.nama} — ${per(d.snapshot.periode).label}`
  return `<div style="width:100%;font-family:${FONT.replace(/'/g, '&#39;')};font-size:8pt;color:#000;padding:0 ${m.kanan} 0 ${m.kiri};display:flex;justify-content:space-between;-webkit-print-color-adjust:exact"><span>${esc(kiri)}</span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span></div>`
}

/** The whole printable document. */
export function htmlLaporanAnev(d: DokumenAnev): string {
  const s = d.snapshot
  const p = per(s.periode)
  const t = d.pengesahan
  const resor = namaResor(s.satker.nama)
  const kop = barisKop({ provinsiNama: s.satker.provinsi, nama: s.satker.nama })
  const ttd = barisTtd(t.tempat, t.tanggal, { nama: t.nama, pangkat: t.pangkat, nrp: t.nrp, atasNamaKapolres: t.atasNamaKapolres, wilayah: resor.replace(/^RESOR\s+/, '') })
  const judul = `LAPORAN ANALISA DAN EVALUASI (ANEV) PELAKSANAAN TUGAS BHABINKAMTIBMAS`
  const narasi = (kunci: KunciNarasi) => `<section><h2>${JUDUL_NARASI[kunci]}</h2>${paragraf(d.narasi[kunci])}</section>`
  const tanggalData = formatTanggal(s.diambilPada)
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(`Laporan Anev ${s.satker.nama} ${p.label}`)}</title><style>${gaya(t.ukuran)}</style></head>
<body><main class="kertas">
<div class="kop">${kop.map((b) => `<p>${esc(b)}</p>`).join('')}</div>
${s.dataContoh ? '<p class="contoh">DATA CONTOH — bukan data sungguhan</p>' : ''}
${s.diambilPada.slice(0, 7) <= p.bulanAkhir ? `<p class="contoh">SEMENTARA — ${esc(p.label)} belum berakhir pada ${esc(tanggalData)}; hanya minggu yang sudah selesai dihitung.</p>` : ''}
<div class="judul"><h1>${esc(judul)}</h1><p><strong>${esc(p.judul)}</strong></p>${t.nomor ? `<p>Nomor: ${esc(t.nomor)}</p>` : ''}</div>
<section><h2>I. PENDAHULUAN</h2>
<h3>1. Dasar</h3>
<ol class="dasar"><li>Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia.</li><li>Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2021 tentang Bhabinkamtibmas.</li><li>Laporan mingguan Bhabinkamtibmas jajaran ${esc(s.satker.nama)} ${esc(p.label)}.</li></ol>
<h3>2. Maksud dan Tujuan</h3>
<p>Memberikan gambaran pelaksanaan tugas Bhabinkamtibmas dan situasi Kamtibmas ${esc(p.label)} sebagai bahan analisa dan evaluasi pimpinan dalam menentukan prioritas pembinaan masyarakat.</p>
<h3>3. Ruang Lingkup</h3>
<p>Wilayah hukum ${esc(s.satker.nama)}: ${n0(s.jumlahPolsek)} Polsek, ${n0(s.jumlahDesa)} desa/kelurahan dan ${n0(s.personel.length)} Bhabinkamtibmas yang memegang desa binaan; ${n0(s.mingguSelesai)} minggu laporan yang sudah selesai. Data diambil pada ${esc(tanggalData)}.</p>
</section>
<section><h2>II. DATA</h2>
${bagianData(d)}
</section>
${narasi('analisa')}
${narasi('evaluasi')}
${narasi('kendala')}
${narasi('rekomendasi')}
${narasi('penutup')}
<div class="ttd">${ttd.atas.map((b) => `<p>${esc(b)}</p>`).join('')}<div class="ruang-ttd"></div><p class="nama-ttd">${esc(ttd.nama)}</p><p>${esc(ttd.nrp)}</p></div>
</main></body></html>`
}
