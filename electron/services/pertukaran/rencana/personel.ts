import { tambahHariTanggal } from '../../../../shared/iso-week'
import { masalah } from '../pesan'
import { type Baris, type KonteksRencana, sama } from './konteks'

const KOLOM = ['nama', 'pangkat', 'jabatan', 'polsek_id', 'satker_kode'] as const

function kelompokkan(baris: Baris[], kolom: string): Map<string, Baris[]> {
  const hasil = new Map<string, Baris[]>()
  for (const x of baris) {
    const k = x[kolom] as string
    hasil.set(k, [...(hasil.get(k) ?? []), x])
  }
  return hasil
}

/**
 * Personnel and their desa binaan as of today: a desa the file gives an
 * officer ends another officer's open assignment (the day before); a desa the
 * file no longer lists for an officer ends that assignment.
 */
export function rencanaPersonel(k: KonteksRencana): void {
  const hariIni = k.opsi.hariIni
  const kemarin = tambahHariTanggal(hariIni, -1)
  const polsek = new Map((k.s.prepare('SELECT id, nama FROM polsek WHERE satker_kode IS NULL').all() as { id: number; nama: string }[]).map((p) => [p.nama.trim().toLowerCase(), p.id]))
  const polda = k.polresDesa !== null ? k.polsekPolda : null
  const personelDb = new Map((k.s.prepare('SELECT * FROM personel').all() as Baris[]).map((p) => [p['nrp'] as string, p]))
  const binaan = k.s.prepare('SELECT * FROM desa_binaan WHERE mulai <= ? AND (selesai IS NULL OR selesai >= ?) ORDER BY id').all(hariIni, hariIni) as Baris[]
  const binaanNrp = kelompokkan(binaan, 'nrp')
  const binaanDesa = kelompokkan(binaan, 'desa_kode')
  const diklaim = new Map<string, { nrp: string; nomor: number }>()
  const diakhiri = new Set<number>()
  const akhiri = (x: Baris) => {
    const id = x['id'] as number
    if (diakhiri.has(id)) return
    diakhiri.add(id)
    // An assignment that started today cannot end yesterday: it goes.
    k.ubah({ tabel: 'desa_binaan', kunci: [id], sebelum: x, sesudah: (x['mulai'] as string) >= hariIni ? null : { ...x, selesai: kemarin } }, null)
  }

  for (const b of k.isi.personel) {
    const galat: [string, string][] = []
    // Mode Polda: the officer's Polres is the file's, or (the Polda's own file) that of the first desa binaan.
    const polres = polda && (k.polresBerkas ?? b.desaBinaan.map((d) => k.desa(d)).map((r) => ('kode' in r ? k.polresDari(r.kode) : null)).find((x) => x) ?? null)
    const polsekId = b.polsek === null ? null : polda ? polda.id(polres, b.polsek) : polsek.get(b.polsek.trim().toLowerCase())
    if (polsekId === undefined) galat.push(['polsek', polda ? `Polsek "${b.polsek}" tidak dapat dipastikan Polres-nya (tanpa desa binaan, dan namanya dipakai lebih dari satu Polres)` : `Polsek "${b.polsek}" tidak dikenal di aplikasi ini`])
    const target: string[] = []
    for (const kode of b.desaBinaan) {
      const r = k.desa(kode)
      if ('pesan' in r) {
        galat.push(['desa_binaan', r.pesan])
        continue
      }
      const lain = diklaim.get(r.kode)
      if (lain && lain.nrp !== b.nrp) {
        galat.push(['desa_binaan', `desa ${r.kode} juga tercantum sebagai desa binaan NRP ${lain.nrp} (baris ${lain.nomor})`])
        continue
      }
      diklaim.set(r.kode, { nrp: b.nrp, nomor: b.nomor })
      if (!target.includes(r.kode)) target.push(r.kode)
    }
    if (galat.length) {
      k.h.Personel.ditolak++
      for (const [kolom, pesan] of galat) k.kesalahan.push(masalah('Personel', b.nomor, kolom, pesan))
      continue
    }

    const sebelum = personelDb.get(b.nrp) ?? null
    const satkerKode = polda ? (polres ?? (polsekId != null ? polda.polresPolsek(polsekId) : null) ?? sebelum?.['satker_kode'] ?? null) : (sebelum?.['satker_kode'] ?? null)
    const sesudah: Baris = { nrp: b.nrp, nama: b.nama, pangkat: b.pangkat, jabatan: b.jabatan, polsek_id: polsekId, kontak: sebelum?.['kontak'] ?? null, aktif: sebelum?.['aktif'] ?? 1, satker_kode: satkerKode }
    const sekarang = binaanNrp.get(b.nrp) ?? []
    const desaSekarang = new Set(sekarang.map((x) => x['desa_kode'] as string))
    const bedaKolom = sebelum ? KOLOM.filter((c) => !sama(sebelum[c], sesudah[c])) : []
    const bedaBinaan = target.length !== desaSekarang.size || target.some((d) => !desaSekarang.has(d))
    const beda = [...bedaKolom.filter((c) => c !== 'satker_kode').map((c) => (c === 'polsek_id' ? 'polsek' : c)), ...(bedaBinaan ? ['desa_binaan'] : [])]
    if (sebelum && !beda.length) {
      k.h.Personel.sama++
      continue
    }
    k.h.Personel[sebelum ? 'berubah' : 'baru']++
    const ringkas = { sheet: 'Personel' as const, baris: b.nomor, kunci: b.nrp, jenis: sebelum ? ('berubah' as const) : ('baru' as const), kolom: sebelum ? beda : [] }
    polda?.tulisBaru(polsekId ?? null)
    if (!sebelum || bedaKolom.length) k.ubah({ tabel: 'personel', kunci: [b.nrp], sebelum, sesudah }, ringkas)
    else k.catat(ringkas)
    if (!bedaBinaan) continue
    for (const x of sekarang) if (!target.includes(x['desa_kode'] as string)) akhiri(x)
    for (const d of target) {
      if (desaSekarang.has(d)) continue
      for (const x of binaanDesa.get(d) ?? []) if (x['nrp'] !== b.nrp) akhiri(x)
      k.ubah({ tabel: 'desa_binaan', kunci: [null], sebelum: null, sesudah: { nrp: b.nrp, desa_kode: d, mulai: hariIni, selesai: null } }, null)
    }
  }
}
