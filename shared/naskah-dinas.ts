import { formatTanggal } from './format'

/**
 * The fixed parts of a Polri naskah dinas (Perkap 1/2023) every printed
 * document of the app shares: the kop surat lines and the signature block.
 * Pure text, so React screens (weekly recap, Metodologi) and the HTML string
 * of the Anev report print exactly the same lines.
 */

/** Margins of naskah dinas (domain.md): top 2 cm, right 1,5 cm, bottom 3 cm, left 2,5 cm. */
export const MARGIN_NASKAH = { atas: '2cm', kanan: '1.5cm', bawah: '3cm', kiri: '2.5cm' } as const

/** "POLRES TIMOR TENGAH UTARA" → "RESOR TIMOR TENGAH UTARA" (the kop writes the unit in full). */
export const namaResor = (nama: string): string => nama.toUpperCase().replace(/^POLRES(TA)?\s+/, 'RESOR ')

/** The three kop lines: KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH … / RESOR …. */
export function barisKop(satker: { provinsiNama: string; nama: string }): [string, string, string] {
  return ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', `DAERAH ${satker.provinsiNama.toUpperCase()}`, namaResor(satker.nama)]
}

/** The place of signing: the regency's name without "Kabupaten"/"Kota". */
export const tempatSatker = (kabupatenNama: string): string => kabupatenNama.replace(/^(Kabupaten|Kota)\s+/, '')

export interface Penanda {
  nama: string
  pangkat: string
  nrp: string
  /** Signing on behalf of the Kapolres: "a.n. KAPOLRES …" above the Kasat's title. */
  atasNamaKapolres?: boolean
  /** 'TIMOR TENGAH UTARA' for "a.n. KAPOLRES TIMOR TENGAH UTARA". */
  wilayah?: string
}

/** The signature block's lines above the blank space, and the name line ("AKP I KETUT SUTA, S.H.") and "NRP …" below it. */
export function barisTtd(tempat: string, tanggal: string, p: Penanda): { atas: string[]; nama: string; nrp: string } {
  const atas = [`${tempat}, ${formatTanggal(tanggal)}`]
  if (p.atasNamaKapolres) atas.push(`a.n. KAPOLRES${p.wilayah ? ` ${p.wilayah.toUpperCase()}` : ''}`)
  atas.push('KASAT BINMAS')
  return { atas, nama: `${p.pangkat} ${p.nama}`.trim(), nrp: `NRP ${p.nrp}` }
}
