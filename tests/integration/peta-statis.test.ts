import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Aplikasi } from '../../electron/services/aplikasi'
import { muatContoh } from '../../electron/services/contoh'
import { segarkan } from '../../electron/services/ikdk/baca'
import { svgPetaRawan } from '../../electron/services/peta/statis'
import { platformTanpaCetak } from '../../electron/services/platform'
import { folderSementara } from '../helpers/folder'
import { konteksUji, persegi, WARNA_UI } from '../helpers/peta'

/**
 * The static Peta Rawan SVG (for the Anev report and "Unduh PNG") on the demo
 * Polres TTU, "today" 20 October 2024. Expected counts and colours come from
 * SQL written here and ui.md's colours written in the helper.
 */

const SEPT = '2024-09'

/** Attributes of every element with data-kode, in document order. */
function unsur(svg: string, tag: string): { kode: string; kategori: string; fill: string; opacity: string | null }[] {
  const keluar = []
  for (const m of svg.matchAll(new RegExp(`<${tag} [^>]*data-kode="[^"]*"[^>]*>`, 'g'))) {
    const a = m[0]
    keluar.push({
      kode: /data-kode="([^"]*)"/.exec(a)![1]!,
      kategori: /data-kategori="([^"]*)"/.exec(a)![1]!,
      fill: /\sfill="([^"]*)"/.exec(a)?.[1] ?? '',
      opacity: /fill-opacity="([^"]*)"/.exec(a)?.[1] ?? null,
    })
  }
  return keluar
}

/** A self-contained SVG: no external reference of any kind, generic fonts only. */
function periksaMandiri(svg: string) {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true)
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|href=|<image|@import|<script|<foreignObject/i)
  for (const u of svg.matchAll(/url\(([^)]*)\)/g)) expect(u[1]).toBe('#pr-arsir')
  for (const f of svg.matchAll(/font-family="([^"]*)"/g)) expect(f[1]).toBe('sans-serif')
  // Balanced elements (a cheap well-formedness check; e2e renders it in Chromium).
  const buka = [...svg.matchAll(/<(g|text|path|circle|svg|defs|pattern|title)[\s>]/g)].length - [...svg.matchAll(/<(g|path|circle|rect)[^>]*\/>/g)].filter((m) => m[1] !== 'rect').length
  const tutup = [...svg.matchAll(/<\/(g|text|path|circle|svg|defs|pattern|title)>/g)].length
  expect(buka).toBe(tutup)
}

describe('svgPetaRawan: peta statis untuk Laporan Anev', () => {
  // Services called directly, as the Anev report calls svgPetaRawan (no dispatch in between).
  const tmp = folderSementara('binmas-peta-statis-')
  const app = Aplikasi.buka({ folderData: tmp.folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: '2024-10-20', ikdkOtomatis: false })
  const sql = () => app.bdTerbuka!.sqlite
  const k = konteksUji(app)
  const kategoriSept = () => new Map((sql().prepare('SELECT desa_kode, kategori FROM hasil_ikdk WHERE bulan = ?').all(SEPT) as { desa_kode: string; kategori: string | null }[]).map((r) => [r.desa_kode, r.kategori]))
  const legenda = (svg: string) => Object.fromEntries([...svg.matchAll(/data-legenda="([^"]*)">.*?>([^<>]*) \((\d+)\)<\/text>/g)].map((m) => [m[1]!, Number(m[3])]))
  const sqlPerKategori = (polsekId?: number) =>
    Object.fromEntries(
      (
        sql()
          .prepare(
            `SELECT coalesce(h.kategori, '-') k, count(*) n FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN hasil_ikdk h ON h.desa_kode = d.kode AND h.bulan = ?
             WHERE d.aktif = 1 ${polsekId === undefined ? '' : 'AND kc.polsek_id = ?'} GROUP BY 1`,
          )
          .all(...(polsekId === undefined ? [SEPT] : [SEPT, polsekId])) as { k: string; n: number }[]
      ).map((r) => [r.k, r.n]),
    )

  beforeAll(async () => {
    await muatContoh(k)
    await segarkan(k)
  })
  afterAll(async () => {
    await app.tutup()
    tmp.hapus()
  })

  it('[D5] titik desa: satu lingkaran per desa berkoordinat, warna kategori IKDK (SQL), legenda = GROUP BY, judul bulan Indonesia, SVG mandiri', () => {
    const svg = svgPetaRawan(k, SEPT)
    periksaMandiri(svg)
    expect(svg).toContain('data-mode="titik"')
    expect(svg).toContain('PETA RAWAN KAMTIBMAS BULAN SEPTEMBER 2024')
    expect(svg).toContain('width="900" height="640"')
    const titik = unsur(svg, 'circle')
    const berkoordinat = (sql().prepare('SELECT kode FROM desa WHERE aktif = 1 AND lintang IS NOT NULL AND bujur IS NOT NULL ORDER BY kode').all() as { kode: string }[]).map((r) => r.kode)
    expect(berkoordinat.length).toBeGreaterThan(100)
    expect(titik.map((t) => t.kode)).toEqual(berkoordinat)
    const kat = kategoriSept()
    const rendah = new Set((sql().prepare(`SELECT desa_kode FROM hasil_ikdk WHERE bulan = ? AND keyakinan = 'Rendah' AND kategori IS NOT NULL`).all(SEPT) as { desa_kode: string }[]).map((r) => r.desa_kode))
    for (const t of titik) {
      const k2 = kat.get(t.kode) ?? null
      expect(t.kategori, t.kode).toBe(k2 ?? '-')
      // Low confidence: hollow (white fill); no value: grey hatch; otherwise the category colour.
      expect(t.fill, t.kode).toBe(k2 === null ? 'url(#pr-arsir)' : rendah.has(t.kode) ? '#ffffff' : WARNA_UI[k2])
    }
    expect(legenda(svg)).toEqual({ Aman: 0, Waspada: 0, Rawan: 0, 'Sangat Rawan': 0, '-': 0, ...sqlPerKategori() })
    const tanpa = Object.values(sql().prepare('SELECT count(*) FROM desa WHERE aktif = 1 AND (lintang IS NULL OR bujur IS NULL)').get() as object)[0] as number
    expect(tanpa).toBeGreaterThan(0)
    expect(svg).toContain(`${tanpa} desa belum memiliki batas wilayah atau titik koordinat dan tidak tergambar.`)
    expect(svg).toContain('aria-label="Arah utara"')
  })

  it('[D5] saringan Polsek: hanya desa Polsek itu, nama Polsek di subjudul, ukuran sesuai opsi', () => {
    const p = sql().prepare('SELECT p.id, p.nama FROM polsek p JOIN kecamatan kc ON kc.polsek_id = p.id GROUP BY p.id ORDER BY p.id LIMIT 1').get() as { id: number; nama: string }
    const svg = svgPetaRawan(k, SEPT, { polsekId: p.id, lebar: 600, tinggi: 500 })
    periksaMandiri(svg)
    expect(svg).toContain('width="600" height="500"')
    expect(svg).toContain(p.nama)
    const harap = (sql().prepare('SELECT d.kode FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE kc.polsek_id = ? AND d.aktif = 1 AND d.lintang IS NOT NULL ORDER BY d.kode').all(p.id) as { kode: string }[]).map((r) => r.kode)
    expect(unsur(svg, 'circle').map((t) => t.kode)).toEqual(harap)
    expect(legenda(svg)).toEqual({ Aman: 0, Waspada: 0, Rawan: 0, 'Sangat Rawan': 0, '-': 0, ...sqlPerKategori(p.id) })
  })

  it('[D5] batas wilayah: poligon per desa berbatas berwarna kategori, garis kecamatan, titik untuk desa lain', () => {
    const tiga = sql().prepare('SELECT d.kode, d.kecamatan_kode FROM desa d WHERE d.aktif = 1 ORDER BY d.kode LIMIT 3').all() as { kode: string; kecamatan_kode: string }[]
    const isi = sql().prepare(`INSERT INTO batas_desa (desa_kode, geojson, sumber, diimpor_pada, diimpor_oleh) VALUES (?, ?, 'uji', '2024-10-20T00:00:00Z', 'admin')`)
    // Three squares side by side sharing edges: one kecamatan outline, no inner kecamatan lines.
    tiga.forEach((d, i) => isi.run(d.kode, JSON.stringify(persegi(124.3 + i * 0.02, -9.5))))
    try {
      const svg = svgPetaRawan(k, SEPT)
      periksaMandiri(svg)
      expect(svg).toContain('data-mode="batas"')
      const kat = kategoriSept()
      const poligon = unsur(svg, 'path')
      expect(poligon.map((p) => p.kode)).toEqual(tiga.map((d) => d.kode))
      for (const p of poligon) {
        const k2 = kat.get(p.kode) ?? null
        expect(p.fill, p.kode).toBe(k2 === null ? 'url(#pr-arsir)' : WARNA_UI[k2])
      }
      const garisKec = [...svg.matchAll(/<path d="([^"]*)" fill="none"[^>]*data-kecamatan="([^"]*)"/g)]
      expect(garisKec.map((g) => g[2])).toEqual([...new Set(tiga.map((d) => d.kecamatan_kode))])
      // Outline of 3 squares in a row: 8 unit edges (3 top, 3 bottom, 2 ends); the 2 shared edges are gone.
      expect(garisKec).toHaveLength(1)
      expect(garisKec[0]![1]!.split('L').length - 1).toBe(8)
      // Desa without a boundary but with a point are still drawn as circles.
      const titik = unsur(svg, 'circle')
      const harap = Object.values(sql().prepare('SELECT count(*) FROM desa d WHERE aktif = 1 AND lintang IS NOT NULL AND bujur IS NOT NULL AND NOT EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode)').get() as object)[0]
      expect(titik.length).toBe(harap)
      expect(svg).toContain('Garis tebal = batas kecamatan.')
    } finally {
      sql().prepare(`DELETE FROM batas_desa WHERE sumber = 'uji'`).run()
    }
  })

  it('[D5] tanpa batas dan tanpa titik: kotak skematis dengan tata letak D1 (satu kotak per desa, urut kode)', () => {
    const simpan = sql().prepare('SELECT kode, lintang, bujur FROM desa').all() as { kode: string; lintang: number | null; bujur: number | null }[]
    sql().prepare('UPDATE desa SET lintang = NULL, bujur = NULL').run()
    try {
      const svg = svgPetaRawan(k, SEPT)
      periksaMandiri(svg)
      expect(svg).toContain('data-mode="skematik"')
      expect(svg).not.toContain('Arah utara')
      const ubin = unsur(svg, 'g')
      const semua = (sql().prepare('SELECT kode FROM desa WHERE aktif = 1').all() as { kode: string }[]).map((r) => r.kode)
      expect(ubin.length).toBe(semua.length)
      expect(new Set(ubin.map((u) => u.kode))).toEqual(new Set(semua))
      // Blocks per kecamatan in code order, as on the screen.
      const kec = [...svg.matchAll(/<g transform="translate\([^)]*\)" data-kecamatan="([^"]*)"/g)].map((m) => m[1])
      expect(kec).toEqual((sql().prepare('SELECT DISTINCT d.kecamatan_kode k FROM desa d WHERE d.aktif = 1 ORDER BY 1').all() as { k: string }[]).map((r) => r.k))
      expect(legenda(svg)).toEqual({ Aman: 0, Waspada: 0, Rawan: 0, 'Sangat Rawan': 0, '-': 0, ...sqlPerKategori() })
    } finally {
      const pulih = sql().prepare('UPDATE desa SET lintang = ?, bujur = ? WHERE kode = ?')
      for (const d of simpan) pulih.run(d.lintang, d.bujur, d.kode)
    }
  })

  it('[D5] bulan tidak sah ditolak dengan pesan Indonesia; bulan tanpa hasil: semua desa "Tanpa nilai"', () => {
    expect(() => svgPetaRawan(k, '2024-13')).toThrow('Bulan harus berbentuk TTTT-BB')
    const svg = svgPetaRawan(k, '2023-01')
    const jumlah = Object.values(sql().prepare('SELECT count(*) FROM desa WHERE aktif = 1').get() as object)[0]
    expect(legenda(svg)['-']).toBe(jumlah)
    expect(svg).toContain('JANUARI 2023')
    expect(svg).not.toContain('SEMENTARA')
    // October 2024 is still running on 20 October: its results are provisional, and the title says so.
    expect((sql().prepare(`SELECT max(sementara) s FROM hasil_ikdk WHERE bulan = '2024-10'`).get() as { s: number }).s).toBe(1)
    expect(svgPetaRawan(k, '2024-10')).toContain('PETA RAWAN KAMTIBMAS BULAN OKTOBER 2024 (SEMENTARA)')
    expect(svgPetaRawan(k, SEPT)).toContain('PETA RAWAN KAMTIBMAS BULAN SEPTEMBER 2024<')
  })
})
