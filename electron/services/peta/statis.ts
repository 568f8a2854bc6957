import { formatAngka, namaBulan } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { bboxGeometri, bboxKosong, bulatSetengah, garisLuarKelompok, type GeometriBatas, jalurSvg, perluasBbox, proyeksiMuat, type Proyeksi, titikLabel } from '../../../shared/peta/geometri'
import { singkatKategori, singkatNama, tataLetakPeta } from '../../../shared/peta/tata-letak'
import { LABEL_TANPA_NILAI, warnaKategori, warnaTeksKategori } from '../../../shared/warna-kategori'
import type { Konteks } from '../konteks'
import { bacaDataPeta, type DesaDataPeta } from './data'

/**
 * The Peta Rawan of a month as one self-contained SVG string, for the Anev
 * report and the "Unduh PNG" button: no external references, generic
 * sans-serif, a title with the month in Indonesian, a legend with the number
 * of desa per category. It draws the desa boundaries when any were imported,
 * else the desa points, else the schematic tiles of the screen (same layout).
 * It reads the stored IKDK results as they are: a caller that wants them
 * fresh refreshes them first (as every IKDK read of the API does).
 */

export type ModePeta = 'batas' | 'titik' | 'skematik'

const POLA_BULAN = /^\d{4}-(0[1-9]|1[0-2])$/
const FONT = 'font-family="sans-serif"'
const TEKS = '#1b1f24'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const n1 = (v: number) => String(Math.round(v * 10) / 10)

/** The map mode a month's data allows: boundaries beat points beat tiles. */
export function modePeta(desa: readonly Pick<DesaDataPeta, 'batas' | 'lintang' | 'bujur'>[]): ModePeta {
  if (desa.some((d) => d.batas !== null)) return 'batas'
  if (desa.some((d) => d.lintang !== null && d.bujur !== null)) return 'titik'
  return 'skematik'
}

interface Isi {
  desa: DesaDataPeta[]
  urutan: string[]
  kotak: { x: number; y: number; lebar: number; tinggi: number }
}

/** Fill and stroke of a desa: category paint; no value hatched grey; low confidence pale with a dashed edge. */
function gayaDesa(d: DesaDataPeta, urutan: readonly string[]): string {
  if (d.kategori === null) return 'fill="url(#pr-arsir)"'
  const w = warnaKategori(d.kategori, urutan)
  return d.rendah ? `fill="${w}" fill-opacity="0.35"` : `fill="${w}"`
}

const judulDesa = (d: DesaDataPeta) =>
  `<title>${esc(`${d.nama} (${d.kecamatanNama}) — ${d.kategori ?? LABEL_TANPA_NILAI}${d.nilai === null ? '' : ` ${formatAngka(d.nilai, 1)}`}${d.rendah ? ' (keyakinan rendah)' : ''}`)}</title>`

function label(x: number, y: number, teks: string, ukuran: number, tebal = false): string {
  return `<text x="${n1(x)}" y="${n1(y)}" ${FONT} font-size="${ukuran}"${tebal ? ' font-weight="700"' : ''} text-anchor="middle" dominant-baseline="middle" fill="${TEKS}" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke">${esc(teks)}</text>`
}

function titikDesa(d: DesaDataPeta, p: Proyeksi, urutan: readonly string[]): string {
  const [x, y] = p.ke(d.bujur!, d.lintang!)
  const w = warnaKategori(d.kategori, urutan)
  // Low confidence: a hollow marker (ui.md), never a hidden one.
  const isi = d.kategori === null ? 'fill="url(#pr-arsir)" stroke="#57606a"' : d.rendah ? `fill="#ffffff" stroke="${w}"` : `fill="${w}" stroke="#ffffff"`
  return `<circle cx="${n1(x)}" cy="${n1(y)}" r="6" ${isi} stroke-width="2" data-kode="${esc(d.kode)}" data-kategori="${esc(d.kategori ?? '-')}">${judulDesa(d)}</circle>`
}

function gambarBatas({ desa, urutan, kotak }: Isi): string {
  const b = bboxKosong()
  for (const d of desa) {
    if (d.batas) bboxGeometri(d.batas, b)
    else if (d.lintang !== null && d.bujur !== null) perluasBbox(b, d.bujur, d.lintang)
  }
  const p = proyeksiMuat(b, kotak)
  const keluar: string[] = []
  const perKec = new Map<string, GeometriBatas[]>()
  for (const d of desa) {
    if (!d.batas) continue
    keluar.push(`<path d="${jalurSvg(d.batas, p)}" ${gayaDesa(d, urutan)} fill-rule="evenodd" stroke="#ffffff" stroke-width="0.8"${d.rendah ? ' stroke-dasharray="3 2"' : ''} data-kode="${esc(d.kode)}" data-kategori="${esc(d.kategori ?? '-')}">${judulDesa(d)}</path>`)
    perKec.set(d.kecamatanKode, [...(perKec.get(d.kecamatanKode) ?? []), d.batas])
  }
  for (const [kec, g] of perKec) {
    // Edges come in ring order, so consecutive ones join into one polyline.
    const ruas: string[] = []
    let akhir = ''
    for (const [a, c] of garisLuarKelompok(g)) {
      const u = p.ke(a[0], a[1]).map(bulatSetengah).join(' ')
      const v = p.ke(c[0], c[1]).map(bulatSetengah).join(' ')
      if (u === v) continue
      ruas.push(u === akhir ? `L${v}` : `M${u}L${v}`)
      akhir = v
    }
    keluar.push(`<path d="${ruas.join('')}" fill="none" stroke="${TEKS}" stroke-width="1.6" stroke-linecap="round" data-kecamatan="${esc(kec)}"/>`)
  }
  for (const d of desa) if (!d.batas && d.lintang !== null && d.bujur !== null) keluar.push(titikDesa(d, p, urutan))
  // Names only where they fit inside their own desa.
  for (const d of desa) {
    if (!d.batas) continue
    const bb = bboxGeometri(d.batas)
    const lebar = (bb[2] - bb[0]) * p.skala
    const nama = singkatNama(d.nama)
    if (lebar < nama.length * 5.2 || (bb[3] - bb[1]) * p.skala < 12) continue
    const [x, y] = titikLabel(d.batas)
    keluar.push(label(...p.ke(x, y), nama, 9))
  }
  return keluar.join('\n')
}

function gambarTitik({ desa, urutan, kotak }: Isi): string {
  const b = bboxKosong()
  const ada = desa.filter((d) => d.lintang !== null && d.bujur !== null)
  for (const d of ada) perluasBbox(b, d.bujur!, d.lintang!)
  // A little room around single or aligned points.
  const pad = Math.max(0.02, (b[2] - b[0]) * 0.05, (b[3] - b[1]) * 0.05)
  const p = proyeksiMuat([b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad], kotak)
  const keluar = ada.map((d) => titikDesa(d, p, urutan))
  if (ada.length <= 80) {
    for (const d of ada) {
      const [x, y] = p.ke(d.bujur!, d.lintang!)
      keluar.push(label(x, y - 12, singkatNama(d.nama), 9))
    }
  }
  return keluar.join('\n')
}

/**
 * The D1 tiles, blocks flowing left to right like the screen. The row width
 * is chosen so the whole set, shrunk to fit the box, comes out largest.
 */
function gambarSkematik({ desa, urutan, kotak }: Isi): string {
  const U = { lebar: 74, tinggi: 30, sela: 3, pad: 5, judul: 17 }
  const blok = tataLetakPeta(desa).map((b) => ({
    b,
    lebar: b.jumlahKolom * (U.lebar + U.sela) - U.sela + 2 * U.pad,
    tinggi: U.judul + b.jumlahBaris * (U.tinggi + U.sela) - U.sela + 2 * U.pad,
  }))
  const susun = (lebarBaris: number) => {
    const posisi: { x: number; y: number }[] = []
    let x = 0
    let y = 0
    let tinggiBaris = 0
    let lebarMaks = 0
    for (const k of blok) {
      if (x > 0 && x + k.lebar > lebarBaris) {
        x = 0
        y += tinggiBaris + 8
        tinggiBaris = 0
      }
      posisi.push({ x, y })
      x += k.lebar + 8
      lebarMaks = Math.max(lebarMaks, x - 8)
      tinggiBaris = Math.max(tinggiBaris, k.tinggi)
    }
    const skala = Math.min(1, kotak.lebar / Math.max(lebarMaks, 1), kotak.tinggi / Math.max(y + tinggiBaris, 1))
    return { posisi, skala }
  }
  let terbaik = susun(kotak.lebar)
  for (let f = 1.25; f <= 4; f += 0.25) {
    const c = susun(kotak.lebar * f)
    if (c.skala > terbaik.skala + 1e-9) terbaik = c
  }
  const keluar: string[] = []
  blok.forEach(({ b, lebar, tinggi }, i) => {
    const { x, y } = terbaik.posisi[i]!
    keluar.push(`<g transform="translate(${x} ${y})" data-kecamatan="${esc(b.kecamatanKode)}">`)
    keluar.push(`<rect width="${lebar}" height="${tinggi}" rx="4" fill="#fafbfc" stroke="#d0d7de"/>`)
    keluar.push(`<text x="${U.pad}" y="${U.pad + 11}" ${FONT} font-size="11" font-weight="700" fill="${TEKS}">${esc(`${b.kecamatanNama} (${b.ubin.length})`)}</text>`)
    for (const { desa: d, baris, kolom } of b.ubin) {
      const ux = U.pad + (kolom - 1) * (U.lebar + U.sela)
      const uy = U.pad + U.judul + (baris - 1) * (U.tinggi + U.sela)
      const w = warnaKategori(d.kategori, urutan)
      const penuh = d.kategori !== null && !d.rendah
      const teks = penuh ? warnaTeksKategori(w) : TEKS
      const isi = d.kategori === null ? 'fill="url(#pr-arsir)" stroke="#6e7781" stroke-dasharray="3 2"' : d.rendah ? `fill="#ffffff" stroke="${w}" stroke-width="2.5"` : `fill="${w}" stroke="${w}"`
      keluar.push(
        `<g data-kode="${esc(d.kode)}" data-kategori="${esc(d.kategori ?? '-')}">${judulDesa(d)}<rect x="${ux}" y="${uy}" width="${U.lebar}" height="${U.tinggi}" rx="2" ${isi}/>` +
          `<text x="${ux + 3}" y="${uy + 12}" ${FONT} font-size="9.5" font-weight="700" fill="${teks}">${esc(singkatNama(d.nama))}</text>` +
          `<text x="${ux + 3}" y="${uy + 24}" ${FONT} font-size="9" fill="${teks}">${esc(singkatKategori(d.kategori) + (d.rendah ? ' (rendah)' : ''))}</text></g>`,
      )
    }
    keluar.push('</g>')
  })
  return `<g transform="translate(${kotak.x} ${kotak.y}) scale(${Math.round(terbaik.skala * 1000) / 1000})">\n${keluar.join('\n')}\n</g>`
}

function panahUtara(x: number, y: number): string {
  return `<g transform="translate(${x} ${y})" aria-label="Arah utara"><path d="M0 -16L7 8L0 3L-7 8Z" fill="${TEKS}"/><text x="0" y="22" ${FONT} font-size="11" font-weight="700" text-anchor="middle" fill="${TEKS}">U</text></g>`
}

/**
 * @param k   the open database (and satker) of the app
 * @param bulan 'YYYY-MM'
 * @param opsi.polsekId only the desa of this Polsek (null/undefined: all)
 * @param opsi.lebar, opsi.tinggi size in SVG units (default 900 × 640)
 */
export function svgPetaRawan(k: Konteks, bulan: string, opsi?: { polsekId?: number | null; lebar?: number; tinggi?: number }): string {
  return susunSvgPeta(k, bulan, opsi)
}

/** svgPetaRawan with the screen's choice: `skematik` draws the tiles even when geometry exists. */
export function susunSvgPeta(k: Konteks, bulan: string, opsi?: { polsekId?: number | null; lebar?: number; tinggi?: number; skematik?: boolean }): string {
  if (!POLA_BULAN.test(bulan)) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Bulan harus berbentuk TTTT-BB')
  const lebar = Math.max(320, Math.round(opsi?.lebar ?? 900))
  const tinggi = Math.max(260, Math.round(opsi?.tinggi ?? 640))
  const data = bacaDataPeta(k.bd, bulan, { polsekId: opsi?.polsekId ?? null })
  const { desa, urutanKategori: urutan } = data
  const satker = k.bd.sqlite.prepare('SELECT nama FROM satker WHERE id = 1').get() as { nama: string } | undefined
  const polsek = opsi?.polsekId == null ? null : ((k.bd.sqlite.prepare('SELECT nama FROM polsek WHERE id = ?').get(opsi.polsekId) as { nama: string } | undefined)?.nama ?? null)
  const mode = opsi?.skematik ? 'skematik' : modePeta(desa)

  const atas = 54
  const bawah = 78
  const kotak = { x: 14, y: atas, lebar: lebar - 28, tinggi: tinggi - atas - bawah }
  const isi: Isi = { desa, urutan, kotak }
  const peta = desa.length === 0 ? '' : mode === 'batas' ? gambarBatas(isi) : mode === 'titik' ? gambarTitik(isi) : gambarSkematik(isi)

  const tanpaLokasi = mode === 'skematik' ? 0 : desa.filter((d) => !d.batas && (d.lintang === null || d.bujur === null)).length
  const hitung = new Map<string | null, number>()
  for (const d of desa) hitung.set(d.kategori, (hitung.get(d.kategori) ?? 0) + 1)
  const rendah = desa.filter((d) => d.rendah).length
  const kelas = [...urutan, null]
  const legenda: string[] = []
  let lx = 14
  const ly = tinggi - bawah + 18
  for (const kat of kelas) {
    const teks = `${kat ?? LABEL_TANPA_NILAI} (${formatAngka(hitung.get(kat) ?? 0, 0)})`
    const isiKotak = kat === null ? 'fill="url(#pr-arsir)" stroke="#6e7781"' : `fill="${warnaKategori(kat, urutan)}" stroke="${warnaKategori(kat, urutan)}"`
    legenda.push(`<g data-legenda="${esc(kat ?? '-')}"><rect x="${lx}" y="${ly - 7}" width="16" height="14" ${isiKotak}/><text x="${lx + 21}" y="${ly}" ${FONT} font-size="12" dominant-baseline="middle" fill="${TEKS}">${esc(teks)}</text></g>`)
    lx += 21 + teks.length * 6.6 + 16
  }
  const catatan: string[] = [
    `Keyakinan rendah: ${formatAngka(rendah, 0)} desa (${mode === 'titik' ? 'lingkaran berongga' : mode === 'batas' ? 'warna pucat, tepi putus-putus' : 'kotak bergaris tepi saja'}).`,
    tanpaLokasi > 0 ? `${formatAngka(tanpaLokasi, 0)} desa belum memiliki batas wilayah atau titik koordinat dan tidak tergambar.` : '',
    mode === 'skematik' ? 'Peta skematis: satu kotak per desa, dikelompokkan per kecamatan (bukan skala).' : mode === 'batas' ? 'Garis tebal = batas kecamatan.' : '',
  ].filter(Boolean)
  // Notes one per line, each cut to the width (about 5,8 units per character at 10,5).
  const muat = Math.max(20, Math.floor((lebar - 28) / 5.8))
  const barisCatatan = catatan.slice(0, 3).map((c) => (c.length > muat ? `${c.slice(0, muat - 1)}…` : c))

  // A month still running is marked, as on the screen: its categories may change until it closes.
  const sementara = (k.bd.sqlite.prepare('SELECT max(sementara) s FROM hasil_ikdk WHERE bulan = ?').get(bulan) as { s: number | null }).s === 1
  const judul = `PETA RAWAN KAMTIBMAS BULAN ${namaBulan(bulan).toUpperCase()}${sementara ? ' (SEMENTARA)' : ''}`
  const sub = [satker?.nama, polsek, `${formatAngka(desa.length, 0)} desa`, 'kategori IKDK'].filter(Boolean).join(' — ')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}" role="img" aria-label="${esc(`Peta Rawan ${namaBulan(bulan)}`)}" data-mode="${mode}">`,
    '<defs><pattern id="pr-arsir" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eef1f4"/><rect width="2" height="6" fill="#a8b1bb"/></pattern></defs>',
    `<rect width="${lebar}" height="${tinggi}" fill="#ffffff"/>`,
    `<text x="${lebar / 2}" y="22" ${FONT} font-size="16" font-weight="700" text-anchor="middle" fill="${TEKS}">${esc(judul)}</text>`,
    `<text x="${lebar / 2}" y="41" ${FONT} font-size="12" text-anchor="middle" fill="#424a53">${esc(sub)}</text>`,
    desa.length === 0 ? `<text x="${lebar / 2}" y="${atas + kotak.tinggi / 2}" ${FONT} font-size="13" text-anchor="middle" fill="#424a53">Belum ada desa untuk digambar.</text>` : peta,
    mode === 'skematik' || desa.length === 0 ? '' : panahUtara(lebar - 30, atas + 22),
    `<line x1="14" y1="${tinggi - bawah + 4}" x2="${lebar - 14}" y2="${tinggi - bawah + 4}" stroke="#d0d7de"/>`,
    ...legenda,
    ...barisCatatan.map((c, i) => `<text x="14" y="${tinggi - bawah + 42 + i * 14}" ${FONT} font-size="10.5" fill="#424a53">${esc(c)}</text>`),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n')
}

