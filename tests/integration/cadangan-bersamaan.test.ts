import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { folderCadangan } from '../../electron/services/cadangan/berkas'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

/**
 * Backups taken at the same moment: two imports started together (two windows,
 * a double submit) or an import during the periodic backup. Each must get its
 * own complete file; before, both picked the same name in the same second and
 * one import failed with an internal error (seen in `npm run bench -- templat`).
 */
describe('[G2] cadangan yang dibuat bersamaan', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  const folder = () => folderCadangan(u.folder)
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
  })
  afterAll(() => u.tutup())

  /** Every backup file is a whole database holding the satker. */
  const periksaUtuh = (nama: string) => {
    const db = new Database(path.join(folder(), nama), { readonly: true })
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.prepare('SELECT kode FROM satker').pluck().get()).toBe('53.03')
    } finally {
      db.close()
    }
  }

  it('[G2] tiga cadangan impor sekaligus: tiga berkas berbeda, masing-masing utuh, tanpa berkas sementara tertinggal', async () => {
    const hasil = await Promise.all([u.app.cadangkan('impor'), u.app.cadangkan('impor'), u.app.cadangkan('berkala')])
    const nama = hasil.map((h) => h?.nama)
    expect(nama.every((n) => typeof n === 'string')).toBe(true)
    expect(new Set(nama).size).toBe(3)
    for (const n of nama) periksaUtuh(n!)
    expect(fs.readdirSync(folder()).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('[F4] dua templat Polsek diimpor bersamaan: keduanya diterapkan, masing-masing dengan cadangannya sendiri', async () => {
    const polsek = u.app.bd.sqlite.prepare('SELECT id FROM polsek ORDER BY id LIMIT 2').pluck().all() as number[]
    const minggu = { tahun: 2024, minggu: 40 }
    // Each template gets kk_dikunjungi = 9 for its first desa (row 2, column C of InputMingguan).
    const terisi = await Promise.all(
      polsek.map(async (id) => {
        const t = await u.panggil('templat:unduh', { polsekId: [id], ...minggu })
        const wb = XLSX.read(Buffer.from(t.berkas[0]!.berkasBase64, 'base64'), { type: 'buffer' })
        const ws = wb.Sheets['InputMingguan']!
        expect(ws['C1']?.v).toBe('kk_dikunjungi')
        ws['C2'] = { t: 'n', v: 9 }
        const kode = String(ws['A2']!.v)
        const p = await u.panggil('templat:pratinjau', { namaBerkas: `polsek-${id}.xlsx`, berkasBase64: (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64') })
        expect(p.bisaDiterapkan).toBe(true)
        return { token: p.token, kode }
      }),
    )
    const hasil = await Promise.all(terisi.map((t) => u.hasil('templat:terapkan', { token: t.token })))
    expect(hasil.map((h) => h.ok)).toEqual([true, true])
    const cadangan = hasil.map((h) => (h.ok ? h.data.cadangan : null))
    expect(new Set(cadangan).size).toBe(2)
    for (const c of cadangan) periksaUtuh(c!)
    for (const t of terisi) {
      expect(u.app.bd.sqlite.prepare('SELECT kk_dikunjungi FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 40').pluck().get(t.kode)).toBe(9)
    }
  })
})
