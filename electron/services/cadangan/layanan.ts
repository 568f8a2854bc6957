import fs from 'node:fs'
import path from 'node:path'
import { GalatAplikasi } from '../../../shared/galat'
import type { Konteks } from '../konteks'
import { daftarCadangan, folderCadangan } from './berkas'
import { periksaBerkasDb, siapkanBerkasUnggahan } from './pulih'
import { enkripsi } from './sandi'

/**
 * The backup an import makes before it writes, through the app's one-at-a-time backup queue
 * (two imports at once, or an import during the periodic backup, never pick the same file).
 * No backup, no import.
 */
export async function cadanganSebelumImpor(k: Konteks): Promise<string> {
  const info = await k.cadangkan('impor')
  if (!info) throw new GalatAplikasi('GALAT_INTERNAL', 'Cadangan sebelum impor gagal dibuat, jadi impor dibatalkan. Data tidak berubah; periksa ruang disk lalu coba lagi.')
  return info.nama
}

/** A backup file for the user to keep elsewhere (flash disk), optionally password-protected. */
export async function unduhCadangan(k: Konteks, m: { sandi?: string | undefined }) {
  const info = await k.cadangkan('manual')
  if (!info) throw new GalatAplikasi('GALAT_INTERNAL', 'Cadangan gagal dibuat. Data tidak berubah; coba lagi.')
  const isi = fs.readFileSync(path.join(folderCadangan(k.folderData), info.nama))
  const satker = (k.bd.sqlite.prepare('SELECT kode FROM satker').get() as { kode: string } | undefined)?.kode ?? 'satker'
  const tanggal = k.hariIni()
  const nama = `Cadangan_BinmasDesk_${satker}_${tanggal}${m.sandi ? '.bdcadangan' : '.sqlite'}`
  return { nama, isiBase64: (m.sandi ? enkripsi(isi, m.sandi) : isi).toString('base64'), info }
}

export async function periksaUnggahan(m: { isiBase64: string; sandi?: string | undefined }) {
  const s = siapkanBerkasUnggahan(Buffer.from(m.isiBase64, 'base64'), m.sandi)
  s.hapus()
  return s.info
}

/**
 * Restores from a backup in the data folder (by name) or an uploaded file;
 * the file is checked first, and the current data is backed up before it is replaced.
 */
export async function pulihkanCadangan(k: Konteks, m: { nama?: string | undefined; isiBase64?: string | undefined; sandi?: string | undefined }) {
  if (m.nama) {
    const ada = daftarCadangan(k.folderData).find((c) => c.nama === m.nama)
    if (!ada) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Cadangan ${m.nama} tidak ditemukan.`)
    const berkas = path.join(folderCadangan(k.folderData), ada.nama)
    const info = periksaBerkasDb(berkas)
    await k.gantiBasisdata(berkas)
    return info
  }
  if (!m.isiBase64) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pilih cadangan dari daftar atau unggah berkasnya.')
  const s = siapkanBerkasUnggahan(Buffer.from(m.isiBase64, 'base64'), m.sandi)
  try {
    await k.gantiBasisdata(s.berkas)
    return s.info
  } finally {
    s.hapus()
  }
}

export { daftarCadangan }
