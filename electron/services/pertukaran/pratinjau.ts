import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import type { HasilPratinjauPertukaran } from '../../../shared/api-pertukaran'
import type { Konteks } from '../konteks'
import { bacaBuku } from './baca/buku'
import { hitungHash, periksaChecksum, sidikIsi } from './baca/integritas'
import { bacaManifest } from './baca/manifest'
import { BATAS } from './batas'
import { type BerkasSiap, perubahanDb, simpanSiap } from './cache'
import type { Masalah } from './pesan'
import { teksPeriode } from './pesan'
import { susunRencana } from './rencana'
import { periksaRevisi, satkerAplikasi } from './revisi'
import { periksaTandaTangan } from './tanda-tangan'
import { validasiBerkas } from './validasi-baris'

/** base64 length → bytes, to refuse an oversized file before decoding it. */
const ukuranBase64 = (b64: string) => Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0)

/**
 * Every check on the file itself, in the contract's order: caps from the zip
 * directory, structure, sheets and columns, manifest, checksums, signature,
 * satker and revision, then each row. A failure of the file as a whole
 * throws (FILE_TIDAK_VALID or KONFLIK); row errors are collected.
 */
export function bacaBerkas(k: Konteks, namaBerkas: string, berkasBase64: string): Omit<BerkasSiap, 'token'> {
  const ukuran = ukuranBase64(berkasBase64)
  if (ukuran > BATAS.berkas) throw new GalatAplikasi('FILE_TIDAK_VALID', `Berkas terlalu besar (${formatAngka(ukuran / 1024 / 1024, 1)} MB); batas ${BATAS.berkas / 1024 / 1024} MB.`)
  const buf = Buffer.from(berkasBase64, 'base64')
  const buku = bacaBuku(buf)
  const peringatan: Masalah[] = [...buku.peringatan]
  const manifest = bacaManifest(buku.sheet.Manifest, peringatan)
  const hash = hitungHash(buku.sheet)
  const checksum = periksaChecksum(manifest, hash, peringatan)
  const satker = satkerAplikasi(k.bd, manifest)
  const tandaTangan = periksaTandaTangan(k.bd, manifest, satker.kode, peringatan)
  const isi = validasiBerkas({ sheet: buku.sheet, manifest })
  return { namaBerkas, manifest, isi, sidik: sidikIsi(hash), checksum, tandaTangan, peringatan }
}

export async function pratinjauImpor(k: Konteks, m: { namaBerkas: string; berkasBase64: string }): Promise<HasilPratinjauPertukaran> {
  const berkas = bacaBerkas(k, m.namaBerkas, m.berkasBase64)
  const { manifest: mf } = berkas
  const revisi = periksaRevisi(k.bd, mf, berkas.sidik)
  const rencana = susunRencana(k.bd, berkas.isi, mf, {
    ganti: revisi.status === 'lebih-tinggi' || revisi.status === 'sama-berbeda',
    hariIni: k.hariIni(),
    satkerSendiri: satkerAplikasi(k.bd, mf).kode,
  })
  const siap = simpanSiap(k.bd, { ...berkas, rencana: { hasil: rencana, status: revisi.status, perubahanDb: perubahanDb(k.bd) } })
  const kesalahan = [...berkas.isi.kesalahan, ...rencana.kesalahan]
  return {
    token: siap.token,
    namaBerkas: m.namaBerkas,
    manifest: {
      satkerKode: mf.satkerKode,
      satkerNama: mf.satkerNama,
      polda: mf.polda,
      bulanAwal: mf.bulanAwal,
      bulanAkhir: mf.bulanAkhir,
      periode: teksPeriode(mf.bulanAwal, mf.bulanAkhir),
      revisi: mf.revisi,
      dibuatPada: mf.dibuatPada,
      dibuatOleh: mf.dibuatOleh,
      skemaIkdk: mf.skemaIkdk,
    },
    integritas: { checksum: berkas.checksum, tandaTangan: berkas.tandaTangan },
    revisi: { status: revisi.status, revisiTersimpan: revisi.revisiTersimpan },
    perluKonfirmasi: revisi.pesanKonfirmasi,
    sheet: rencana.hitungan,
    kesalahan,
    peringatan: [...berkas.peringatan, ...berkas.isi.peringatan, ...rencana.peringatan],
    perubahan: rencana.ringkas,
    perubahanTerpotong: rencana.ringkas.length < rencana.hitungan.reduce((a, h) => a + h.baru + h.berubah + h.dihapus, 0),
    adaPerubahan: rencana.perubahan.length > 0 || revisi.status !== 'sama',
    bisaDiterapkan: kesalahan.length === 0,
  }
}
