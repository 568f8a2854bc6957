import { type Personel, type PersonelMasukan, personelMasukanSchema } from '../../../shared/personel'
import { dariZod, type GalatBidang } from '../../lib/galat'

/** The personnel form as typed. */
export interface IsianPersonel {
  nrp: string
  nama: string
  pangkat: string
  jabatan: string
  /** '' = tanpa Polsek (Polres). */
  polsekId: string
  kontak: string
  aktif: boolean
}

export const ISIAN_BARU: IsianPersonel = { nrp: '', nama: '', pangkat: '', jabatan: 'Bhabinkamtibmas', polsekId: '', kontak: '', aktif: true }

export function isianDari(p: Personel): IsianPersonel {
  return { nrp: p.nrp, nama: p.nama, pangkat: p.pangkat, jabatan: p.jabatan, polsekId: p.polsekId === null ? '' : String(p.polsekId), kontak: p.kontak ?? '', aktif: p.aktif }
}

/** Checks with the server's own schema, so the messages are the same words. */
export function periksaPersonel(f: IsianPersonel, baru: boolean): { ok: true; data: PersonelMasukan } | { ok: false; galat: GalatBidang } {
  const h = personelMasukanSchema.safeParse({
    baru,
    nrp: f.nrp.trim(),
    nama: f.nama,
    pangkat: f.pangkat,
    jabatan: f.jabatan,
    polsekId: f.polsekId === '' ? null : Number(f.polsekId),
    kontak: f.kontak.trim() || null,
    aktif: f.aktif,
  })
  return h.success ? { ok: true, data: h.data } : { ok: false, galat: dariZod(h.error) }
}
