import crypto from 'node:crypto'
import { sql } from 'kysely'
import type { HasilPratinjauPeta } from '../../../shared/api-peta'
import { GalatAplikasi } from '../../../shared/galat'
import { cocokkanFitur, type DesaCocok, kandidatKolomKode, normalisasiKode, type Properti } from '../../../shared/peta/cocok'
import type { GeometriBatas } from '../../../shared/peta/geometri'
import { catatAudit, selisih } from '../audit'
import type { Basisdata } from '../db/koneksi'
import type { Konteks } from '../konteks'
import { bacaBerkasBatas, bacaBerkasTitik } from './berkas'

/** A checked file waiting for "Simpan": what goes to which desa. */
interface Siap {
  jenis: 'batas' | 'titik'
  namaBerkas: string
  isi: { desaKode: string; geometri?: GeometriBatas; bujur?: number; lintang?: number }[]
}

const SIMPAN = 3
const semua = new WeakMap<Basisdata, Map<string, Siap>>()

function simpanSiap(bd: Basisdata, s: Siap): string {
  const peta = semua.get(bd) ?? new Map<string, Siap>()
  semua.set(bd, peta)
  const token = crypto.randomUUID()
  peta.set(token, s)
  while (peta.size > SIMPAN) peta.delete(peta.keys().next().value!)
  return token
}

interface BarisDesa extends DesaCocok {
  aktif: number
  ada: number
}

function daftarDesa(bd: Basisdata, jenis: 'batas' | 'titik'): BarisDesa[] {
  const ada = jenis === 'batas' ? 'EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode)' : '(d.lintang IS NOT NULL AND d.bujur IS NOT NULL)'
  return bd.sqlite.prepare(`SELECT d.kode, d.nama, kc.nama kecamatanNama, d.aktif, ${ada} ada FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode ORDER BY d.kode`).all() as BarisDesa[]
}

/** What a user recognises a feature by in the "tidak cocok" list. */
function labelFitur(p: Properti): string {
  return Object.entries(p)
    .filter(([, v]) => v !== null && v !== undefined && String(v).trim() !== '')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${String(v).slice(0, 40)}`)
    .join(' · ') || '(tanpa atribut)'
}

/**
 * Reads, checks and matches a boundary or point file; nothing is written.
 * Two features for one desa (the same code twice, or two names resolving to
 * one desa) make the file ambiguous: refused with both feature numbers.
 */
export function pratinjauPeta(k: Konteks, jenis: 'batas' | 'titik', m: { namaBerkas: string; berkasBase64: string; kolomKode?: string | null }): HasilPratinjauPeta {
  const fitur = jenis === 'batas' ? bacaBerkasBatas(m.namaBerkas, m.berkasBase64) : bacaBerkasTitik(m.namaBerkas, m.berkasBase64)
  const properti = fitur.map((f) => f.properti)
  const kolom = [...new Set(properti.flatMap((p) => Object.keys(p)))]
  const kandidat = kandidatKolomKode(properti)
  if (m.kolomKode && !kolom.includes(m.kolomKode)) throw new GalatAplikasi('INPUT_TIDAK_VALID', `Kolom ${m.kolomKode} tidak ada di berkas ini.`, [{ lokasi: 'kolomKode', pesan: `Pilih salah satu: ${kolom.join(', ')}` }])
  const kolomKode = m.kolomKode === undefined ? (kandidat[0] ?? null) : m.kolomKode

  if (kolomKode !== null) {
    const pertama = new Map<string, number>()
    properti.forEach((p, i) => {
      const kode = normalisasiKode(p[kolomKode])
      if (kode === null) return
      const j = pertama.get(kode)
      if (j !== undefined) throw new GalatAplikasi('FILE_TIDAK_VALID', `Kode desa ${kode} (kolom ${kolomKode}) muncul lebih dari sekali: fitur ke-${j + 1} dan ke-${i + 1}. Satu desa harus tepat satu fitur; gabungkan atau perbaiki kodenya.`)
      pertama.set(kode, i)
    })
  }

  const desa = daftarDesa(k.bd, jenis)
  const aktif = desa.filter((d) => d.aktif === 1)
  const kodeLama = new Map((k.bd.sqlite.prepare('SELECT kode_lama, kode_baru FROM desa_kode_lama').all() as { kode_lama: string; kode_baru: string }[]).map((r) => [r.kode_lama, r.kode_baru]))
  const hasil = cocokkanFitur(properti, aktif, { kolomKode, kodeLama })
  const perKode = new Map(desa.map((d) => [d.kode, d]))
  const dipakai = new Map<string, number>()
  for (const c of hasil.cocok) {
    const j = dipakai.get(c.desaKode)
    if (j !== undefined) {
      const d = perKode.get(c.desaKode)!
      throw new GalatAplikasi('FILE_TIDAK_VALID', `Desa ${d.nama} (${d.kode}, Kec. ${d.kecamatanNama}) cocok dengan dua fitur: ke-${j + 1} dan ke-${c.indeks + 1}. Satu desa harus tepat satu fitur.`)
    }
    dipakai.set(c.desaKode, c.indeks)
  }

  const isi = hasil.cocok.map((c) => {
    const f = fitur[c.indeks]!
    return 'geometri' in f ? { desaKode: c.desaKode, geometri: f.geometri } : { desaKode: c.desaKode, bujur: f.bujur, lintang: f.lintang }
  })
  const token = simpanSiap(k.bd, { jenis, namaBerkas: m.namaBerkas, isi })
  return {
    token,
    jenis,
    namaBerkas: m.namaBerkas,
    jumlahFitur: fitur.length,
    kolomKode,
    kolom,
    kandidatKolomKode: kandidat,
    cocok: hasil.cocok.map((c) => {
      const d = perKode.get(c.desaKode)!
      return { nomor: c.indeks + 1, desaKode: d.kode, desaNama: d.nama, kecamatanNama: d.kecamatanNama, cara: c.cara, mengganti: d.ada === 1 }
    }),
    tidakCocok: hasil.tidakCocok.map((t) => ({ nomor: t.indeks + 1, label: labelFitur(properti[t.indeks]!), alasan: t.alasan })),
    desaTanpa: aktif.filter((d) => !dipakai.has(d.kode)).map((d) => ({ kode: d.kode, nama: d.nama, kecamatanNama: d.kecamatanNama, adaSebelumnya: d.ada === 1 })),
    bisaDisimpan: hasil.cocok.length > 0,
  }
}

function ambilSiap(k: Konteks, token: string, jenis: 'batas' | 'titik'): Siap {
  const s = semua.get(k.bd)?.get(token)
  if (!s || s.jenis !== jenis) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Pratinjau berkas sudah kedaluwarsa; pilih berkasnya lagi.')
  if (s.isi.length === 0) throw new GalatAplikasi('KONFLIK', 'Tidak ada fitur yang cocok dengan desa mana pun; tidak ada yang disimpan.')
  return s
}

/** Stores the previewed boundaries in one transaction, one audit row per desa (the geometry itself stays out of the trail). */
export async function simpanBatas(k: Konteks, token: string): Promise<{ tersimpan: number; diganti: number }> {
  const s = ambilSiap(k, token, 'batas')
  const waktu = new Date().toISOString()
  let diganti = 0
  await k.bd.db.transaction().execute(async (trx) => {
    for (const b of s.isi) {
      const lama = (
        await sql<{ sumber: string; diimpor_pada: string; panjang: number }>`SELECT sumber, diimpor_pada, length(geojson) panjang FROM batas_desa WHERE desa_kode = ${b.desaKode}`.execute(trx)
      ).rows[0]
      const geojson = JSON.stringify(b.geometri)
      await sql`INSERT INTO batas_desa (desa_kode, geojson, sumber, diimpor_pada, diimpor_oleh) VALUES (${b.desaKode}, ${geojson}, ${s.namaBerkas}, ${waktu}, ${k.sesi.pengguna})
        ON CONFLICT (desa_kode) DO UPDATE SET geojson = excluded.geojson, sumber = excluded.sumber, diimpor_pada = excluded.diimpor_pada, diimpor_oleh = excluded.diimpor_oleh`.execute(trx)
      if (lama) diganti++
      await catatAudit(trx, k.sesi, {
        aksi: 'impor',
        tabel: 'batas_desa',
        kunci: b.desaKode,
        sebelum: lama ? { sumber: lama.sumber, diimpor_pada: lama.diimpor_pada, ukuran_geojson: lama.panjang } : null,
        sesudah: { sumber: s.namaBerkas, diimpor_pada: waktu, jenis: b.geometri!.type, ukuran_geojson: geojson.length },
      })
    }
  })
  semua.get(k.bd)?.delete(token)
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'batas_desa' })
  return { tersimpan: s.isi.length, diganti }
}

/** Removes one desa's boundary, or all of them; audited. */
export async function hapusBatas(k: Konteks, desaKode?: string): Promise<{ jumlah: number }> {
  let jumlah = 0
  await k.bd.db.transaction().execute(async (trx) => {
    const lama = (
      desaKode === undefined
        ? await sql<{ desa_kode: string; sumber: string; diimpor_pada: string }>`SELECT desa_kode, sumber, diimpor_pada FROM batas_desa ORDER BY desa_kode`.execute(trx)
        : await sql<{ desa_kode: string; sumber: string; diimpor_pada: string }>`SELECT desa_kode, sumber, diimpor_pada FROM batas_desa WHERE desa_kode = ${desaKode}`.execute(trx)
    ).rows
    if (desaKode !== undefined && lama.length === 0) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Desa ${desaKode} belum memiliki batas wilayah.`)
    for (const b of lama) {
      await sql`DELETE FROM batas_desa WHERE desa_kode = ${b.desa_kode}`.execute(trx)
      await catatAudit(trx, k.sesi, { aksi: 'hapus', tabel: 'batas_desa', kunci: b.desa_kode, sebelum: { sumber: b.sumber, diimpor_pada: b.diimpor_pada }, sesudah: null })
    }
    jumlah = lama.length
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'batas_desa' })
  return { jumlah }
}

/** Stores previewed points as the desa's lintang/bujur (the same columns Data Desa edits), audited like an edit there. */
export async function simpanTitik(k: Konteks, token: string): Promise<{ tersimpan: number; diganti: number }> {
  const s = ambilSiap(k, token, 'titik')
  let diganti = 0
  await k.bd.db.transaction().execute(async (trx) => {
    for (const t of s.isi) {
      const lama = await trx.selectFrom('desa').select(['lintang', 'bujur']).where('kode', '=', t.desaKode).executeTakeFirstOrThrow()
      const baru = { lintang: t.lintang!, bujur: t.bujur! }
      if (lama.lintang === baru.lintang && lama.bujur === baru.bujur) continue
      if (lama.lintang !== null) diganti++
      await trx.updateTable('desa').set(baru).where('kode', '=', t.desaKode).execute()
      const beda = selisih<{ lintang: number | null; bujur: number | null }>(lama, baru)
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'desa', kunci: t.desaKode, sebelum: beda.sebelum, sesudah: { ...beda.sesudah, sumber: s.namaBerkas } })
    }
  })
  semua.get(k.bd)?.delete(token)
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa' })
  return { tersimpan: s.isi.length, diganti }
}
