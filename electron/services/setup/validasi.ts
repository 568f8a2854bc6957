import { GalatAplikasi, type RincianGalat } from '../../../shared/galat'
import type { SetupMasukan } from '../../../shared/skema-data'
import type { DataWilayah } from '../wilayah'

/**
 * Checks the wizard's answers against the Kemendagri reference: the kabupaten
 * belong to the province, and every kecamatan of them sits in exactly one Polsek.
 * Returns kecamatan code → index of its Polsek in the input.
 */
export function validasiSetup(m: SetupMasukan, w: DataWilayah): Map<string, number> {
  const rincian: RincianGalat[] = []
  const provinsi = w.provinsi.find((p) => p.kode === m.provinsiKode)
  if (!provinsi) rincian.push({ lokasi: 'provinsiKode', pesan: `Provinsi ${m.provinsiKode} tidak dikenal` })
  for (const [i, kode] of m.kabupatenKode.entries()) {
    const kab = w.kabupaten.find((k) => k.kode === kode)
    if (!kab) rincian.push({ lokasi: `kabupatenKode.${i}`, pesan: `Kabupaten/kota ${kode} tidak dikenal` })
    else if (kab.provinsiKode !== m.provinsiKode) rincian.push({ lokasi: `kabupatenKode.${i}`, pesan: `${kab.nama} tidak berada di provinsi yang dipilih` })
  }

  if (m.polsek.length === 0) rincian.push({ lokasi: 'polsek', pesan: 'Tambahkan minimal satu Polsek' })
  const kab = new Set(m.kabupatenKode)
  const kecamatan = w.kecamatan.filter((k) => kab.has(k.kabupatenKode))
  const dikenal = new Map(kecamatan.map((k) => [k.kode, k.nama]))
  const milik = new Map<string, number>()
  const namaPolsek = new Map<string, number>()
  for (const [i, p] of m.polsek.entries()) {
    const kunciNama = p.nama.trim().toLocaleUpperCase('id')
    if (namaPolsek.has(kunciNama)) rincian.push({ lokasi: `polsek.${i}.nama`, pesan: `Nama Polsek "${p.nama.trim()}" sudah dipakai` })
    namaPolsek.set(kunciNama, i)
    if (p.kecamatanKode.length === 0) rincian.push({ lokasi: `polsek.${i}.kecamatanKode`, pesan: `Polsek ${p.nama.trim() || i + 1} belum memiliki kecamatan` })
    for (const kode of p.kecamatanKode) {
      if (!dikenal.has(kode)) {
        rincian.push({ lokasi: `polsek.${i}.kecamatanKode`, pesan: `Kecamatan ${kode} bukan bagian dari kabupaten/kota yang dipilih` })
      } else if (milik.has(kode)) {
        rincian.push({ lokasi: `polsek.${i}.kecamatanKode`, pesan: `Kecamatan ${dikenal.get(kode)} sudah masuk Polsek lain` })
      } else milik.set(kode, i)
    }
  }
  for (const k of kecamatan) {
    if (!milik.has(k.kode)) rincian.push({ lokasi: `kecamatan.${k.kode}`, pesan: `Kecamatan ${k.nama} belum dimasukkan ke Polsek mana pun` })
  }
  if (rincian.length) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pengaturan awal belum lengkap atau tidak sesuai; periksa isian yang ditandai.', rincian)
  return milik
}
