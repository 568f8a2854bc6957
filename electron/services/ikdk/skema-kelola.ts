import { namaBulan } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { type Skema, validasiSkema } from '../../../shared/ikdk'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { skemaBawaan, skemaUntukBulan } from './skema'

/** Schemes known to this database (the default always), and which one applies from which month. */
export async function daftarSkema(k: Konteks) {
  const b = skemaBawaan()
  const impor = k.bd.sqlite.prepare('SELECT id, versi, nama, diimpor_pada FROM skema_ikdk ORDER BY id, versi').all() as { id: string; versi: number; nama: string; diimpor_pada: string }[]
  const periode = k.bd.sqlite.prepare('SELECT bulan_mulai, skema_id, skema_versi FROM skema_periode ORDER BY bulan_mulai').all() as { bulan_mulai: string; skema_id: string; skema_versi: number }[]
  return {
    tersedia: [{ id: b.id, versi: b.versi, nama: b.nama, bawaan: true, diimporPada: null }, ...impor.map((s) => ({ id: s.id, versi: s.versi, nama: s.nama, bawaan: false, diimporPada: s.diimpor_pada }))],
    periode: periode.map((p) => ({ bulanMulai: p.bulan_mulai, skema: `${p.skema_id}@${p.skema_versi}` })),
  }
}

function cariSkema(k: Konteks, id: string, versi: number): Skema | null {
  const b = skemaBawaan()
  if (b.id === id && b.versi === versi) return b
  const r = k.bd.sqlite.prepare('SELECT isi FROM skema_ikdk WHERE id = ? AND versi = ?').get(id, versi) as { isi: string } | undefined
  if (!r) return null
  const h = validasiSkema(JSON.parse(r.isi))
  return h.ok ? h.skema : null
}

export async function isiSkema(k: Konteks, id: string, versi: number): Promise<Skema> {
  const s = cariSkema(k, id, versi)
  if (!s) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Skema ${id}@${versi} tidak dikenal.`)
  return s
}

/** What a scheme file would change compared with the scheme in force now, in Indonesian lines. */
function bedaSkema(lama: Skema, baru: Skema): string[] {
  const beda: string[] = []
  for (const d of baru.dimensi) {
    const l = lama.dimensi.find((x) => x.id === d.id)
    if (!l) {
      beda.push(`Dimensi baru ${d.id} ${d.nama} (bobot ${d.bobot})`)
      continue
    }
    if (l.bobot !== d.bobot) beda.push(`Bobot ${d.id} ${d.nama}: ${l.bobot} → ${d.bobot}`)
    for (const i of d.indikator) {
      const li = l.indikator.find((x) => x.id === i.id)
      if (!li) beda.push(`Indikator baru ${i.id} ${i.nama}`)
      else {
        if (li.bobot !== i.bobot) beda.push(`Bobot ${i.id}: ${li.bobot} → ${i.bobot}`)
        if (li.batasBawah !== i.batasBawah || li.batasAtas !== i.batasAtas) beda.push(`Batas ${i.id}: ${li.batasBawah}–${li.batasAtas} → ${i.batasBawah}–${i.batasAtas}`)
        if (li.arah !== i.arah) beda.push(`Arah ${i.id}: ${li.arah} → ${i.arah}`)
        if (li.agregasi !== i.agregasi) beda.push(`Rumus ${i.id}: ${li.agregasi} → ${i.agregasi}`)
      }
    }
  }
  for (const d of lama.dimensi) if (!baru.dimensi.some((x) => x.id === d.id)) beda.push(`Dimensi ${d.id} ${d.nama} dihapus`)
  for (const c of baru.kategori) {
    const l = lama.kategori.find((x) => x.nama === c.nama)
    if (!l) beda.push(`Kategori baru ${c.nama} (≥ ${c.min})`)
    else if (l.min !== c.min) beda.push(`Ambang ${c.nama}: ≥ ${l.min} → ≥ ${c.min}`)
  }
  return beda
}

/** Checks a scheme file without storing it. */
export async function pratinjauSkema(k: Konteks, teks: string) {
  const h = validasiSkema(teks)
  if (!h.ok) return { ok: false as const, galat: h.galat }
  const sekarang = skemaUntukBulan(k.bd, k.hariIni().slice(0, 7))
  const ada = cariSkema(k, h.skema.id, h.skema.versi)
  return {
    ok: true as const,
    skema: { id: h.skema.id, versi: h.skema.versi, nama: h.skema.nama, catatan: h.skema.catatan ?? '' },
    sudahAda: ada !== null,
    dibandingkan: `${sekarang.id}@${sekarang.versi}`,
    perubahan: bedaSkema(sekarang, h.skema),
  }
}

export async function imporSkema(k: Konteks, teks: string) {
  const h = validasiSkema(teks)
  if (!h.ok) throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas skema IKDK tidak valid.', h.galat.map((g) => ({ lokasi: 'skema', pesan: g })))
  const ada = cariSkema(k, h.skema.id, h.skema.versi)
  if (ada) {
    if (JSON.stringify(ada) === JSON.stringify(h.skema)) return { id: h.skema.id, versi: h.skema.versi }
    throw new GalatAplikasi('KONFLIK', `Skema ${h.skema.id}@${h.skema.versi} sudah ada dengan isi berbeda. Skema baru harus memakai nomor versi baru.`)
  }
  await k.bd.db.transaction().execute(async (trx) => {
    const baris = { id: h.skema.id, versi: h.skema.versi, nama: h.skema.nama, isi: JSON.stringify(h.skema), diimpor_pada: new Date().toISOString() }
    await trx.insertInto('skema_ikdk').values(baris).execute()
    await catatAudit(trx, k.sesi, { aksi: 'impor', tabel: 'skema_ikdk', kunci: `${h.skema.id}@${h.skema.versi}`, sebelum: null, sesudah: { nama: h.skema.nama } })
  })
  return { id: h.skema.id, versi: h.skema.versi }
}

/** Applies a scheme from a month onward; results of unlocked months from then on are recomputed. */
export async function tetapkanSkema(k: Konteks, m: { bulanMulai: string; id: string; versi: number }) {
  if (!cariSkema(k, m.id, m.versi)) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Skema ${m.id}@${m.versi} belum diimpor.`)
  const bawaan = skemaBawaan()
  await k.bd.db.transaction().execute(async (trx) => {
    const lama = await trx.selectFrom('skema_periode').selectAll().where('bulan_mulai', '=', m.bulanMulai).executeTakeFirst()
    if (m.id === bawaan.id && m.versi === bawaan.versi && !(await trx.selectFrom('skema_ikdk').select('id').where('id', '=', m.id).where('versi', '=', m.versi).executeTakeFirst())) {
      // The default lives in resources; store a copy so the period row can reference it.
      await trx.insertInto('skema_ikdk').values({ id: bawaan.id, versi: bawaan.versi, nama: bawaan.nama, isi: JSON.stringify(bawaan), diimpor_pada: new Date().toISOString() }).execute()
    }
    await trx
      .insertInto('skema_periode')
      .values({ bulan_mulai: m.bulanMulai, skema_id: m.id, skema_versi: m.versi })
      .onConflict((oc) => oc.column('bulan_mulai').doUpdateSet({ skema_id: m.id, skema_versi: m.versi }))
      .execute()
    await trx
      .insertInto('ikdk_kotor')
      .columns(['desa_kode', 'bulan'])
      .expression((eb) =>
        eb
          .selectFrom('hasil_ikdk')
          .select(['desa_kode', 'bulan'])
          .where('bulan', '>=', m.bulanMulai)
          .where('bulan', 'not in', eb.selectFrom('kunci_periode').select('bulan')),
      )
      .onConflict((oc) => oc.doNothing())
      .execute()
    await catatAudit(trx, k.sesi, {
      aksi: 'ubah',
      tabel: 'skema_periode',
      kunci: m.bulanMulai,
      sebelum: lama ? { skema: `${lama.skema_id}@${lama.skema_versi}` } : null,
      sesudah: { skema: `${m.id}@${m.versi}`, berlaku: `mulai ${namaBulan(m.bulanMulai)}` },
    })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'hasil_ikdk' })
  return daftarSkema(k)
}
