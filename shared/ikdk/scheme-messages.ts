import type { z } from 'zod'

/**
 * Turns zod issues into short Indonesian messages. The people who read them
 * edit a Polda scheme file by hand, so each message names the exact place
 * ("dimensi[0].bobot") and says what is expected, without zod's English.
 * Fields with a specific rule carry their own message in the schema; this map
 * covers everything else (zod gives schema messages precedence).
 */

const JENIS: Record<string, string> = {
  number: 'angka',
  int: 'bilangan bulat',
  string: 'teks',
  array: 'daftar [ … ]',
  object: 'objek { … }',
  boolean: 'true atau false',
}

/** A value as it would appear in the file, strings in single quotes. */
export function teksNilai(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v)
}

function daftar(nilai: readonly unknown[]): string {
  return nilai.map(teksNilai).join(', ')
}

/** The error map passed to safeParse. */
export const petaGalatSkema: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'wajib diisi'
      return `harus ${JENIS[iss.expected] ?? iss.expected}`
    case 'too_small': {
      const batas = Number(iss.minimum)
      if (iss.origin === 'array') return `minimal ${batas} butir`
      if (iss.origin === 'string') return 'tidak boleh kosong'
      return `harus angka ${iss.inclusive ? '≥' : '>'} ${batas}`
    }
    case 'too_big': {
      const batas = Number(iss.maximum)
      if (iss.origin === 'array') return `paling banyak ${batas} butir`
      if (iss.origin === 'string') return `paling panjang ${batas} huruf`
      return `harus angka ${iss.inclusive ? '≤' : '<'} ${batas}`
    }
    case 'invalid_value':
      return iss.values.length === 1 ? `harus ${teksNilai(iss.values[0])}` : `harus salah satu dari: ${daftar(iss.values)}`
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${daftar(iss.keys)}`
    case 'invalid_union': {
      if ('discriminator' in iss && typeof iss.discriminator === 'string') {
        const masukan = iss.input as Record<string, unknown> | undefined
        const nilai = masukan && typeof masukan === 'object' ? masukan[iss.discriminator] : undefined
        return nilai === undefined ? 'wajib diisi' : `${teksNilai(nilai)} tidak dikenal`
      }
      return 'bentuk isian tidak sesuai'
    }
    case 'invalid_format':
      return 'format tidak sesuai'
    default:
      return 'isian tidak valid'
  }
}

/** 'dimensi[0].indikator[1].batasAtas'; the root is called 'skema'. */
export function formatJalur(jalur: readonly PropertyKey[]): string {
  let hasil = ''
  for (const k of jalur) {
    if (typeof k === 'number') hasil += `[${k}]`
    else hasil += (hasil ? '.' : '') + String(k)
  }
  return hasil || 'skema'
}
