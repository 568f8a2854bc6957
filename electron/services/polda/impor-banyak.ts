import type { HasilImporBerkas } from '../../../shared/api-polda'
import { GalatAplikasi } from '../../../shared/galat'
import { cadanganSebelumImpor } from '../cadangan/layanan'
import type { Konteks } from '../konteks'
import { pratinjauImpor } from '../pertukaran/pratinjau'
import { terapkanImpor } from '../pertukaran/terapkan'
import { satkerPolda } from './satker'

const BATAS_KESALAHAN = 20

/**
 * Mode Polda: imports many Polres files in one go, each on its own (its own
 * checks, revision and transaction), so one bad file never blocks the
 * others; the result says per file what happened and why. One backup is
 * taken before the first file that changes anything.
 */
export async function imporBanyak(k: Konteks, m: { berkas: { namaBerkas: string; berkasBase64: string }[]; konfirmasiGanti: boolean }): Promise<{ hasil: HasilImporBerkas[] }> {
  satkerPolda(k.bd)
  const hasil: HasilImporBerkas[] = []
  let cadangan: string | undefined
  for (const f of m.berkas) {
    const dasar = { namaBerkas: f.namaBerkas, satkerKode: null, satkerNama: null, periode: null, revisi: null, sheet: [], kesalahan: [] }
    try {
      const p = await pratinjauImpor(k, f)
      const info = { ...dasar, satkerKode: p.manifest.satkerKode, satkerNama: p.manifest.satkerNama, periode: p.manifest.periode, revisi: p.manifest.revisi, sheet: p.sheet }
      if (!p.bisaDiterapkan) {
        hasil.push({
          ...info,
          status: 'ditolak',
          pesan: `Berkas memuat ${p.kesalahan.length} kesalahan baris; perbaiki berkas di Polres lalu kirim ulang.`,
          kesalahan: p.kesalahan.slice(0, BATAS_KESALAHAN).map((x) => x.pesan),
        })
        continue
      }
      if (p.perluKonfirmasi && !m.konfirmasiGanti) {
        hasil.push({ ...info, status: 'perlu-konfirmasi', pesan: p.perluKonfirmasi })
        continue
      }
      if (!p.adaPerubahan) {
        hasil.push({ ...info, status: 'sama', pesan: 'Berkas ini sudah pernah diimpor; tidak ada yang berubah.' })
        continue
      }
      cadangan ??= await cadanganSebelumImpor(k)
      const r = await terapkanImpor(k, { token: p.token, konfirmasiGanti: m.konfirmasiGanti }, { cadangan })
      hasil.push({
        ...info,
        sheet: r.sheet,
        status: r.imporId === null ? 'sama' : 'diterapkan',
        pesan: r.imporId === null ? 'Tidak ada yang berubah.' : `Diterapkan (revisi ${p.manifest.revisi}${p.revisi.status === 'lebih-tinggi' ? `, menggantikan revisi ${p.revisi.revisiTersimpan}` : ''}).`,
      })
    } catch (e) {
      // One unreadable file is that file's result, not the batch's end.
      if (!(e instanceof GalatAplikasi)) console.error('[binmas] impor berkas Polres gagal:', e)
      const g = e instanceof GalatAplikasi ? e : new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas tidak dapat dibaca sebagai berkas pertukaran Binmas Desk.')
      hasil.push({ ...dasar, status: 'ditolak', pesan: g.pesan, kesalahan: (g.rincian ?? []).slice(0, BATAS_KESALAHAN).map((r) => `${r.lokasi}: ${r.pesan}`) })
    }
  }
  return { hasil }
}
