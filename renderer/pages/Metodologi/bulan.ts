import { bulanBerikutnya, bulanSebelumnya } from '../../../shared/iso-week'

/** Months a scheme can be set from: two years back to one year ahead of the running month, newest first. */
export function pilihanBulanMulai(bulanBerjalan: string, mundur = 24, maju = 12): string[] {
  let awal = bulanBerjalan
  for (let i = 0; i < mundur; i++) awal = bulanSebelumnya(awal)
  const hasil: string[] = []
  for (let b = awal, i = 0; i <= mundur + maju; i++, b = bulanBerikutnya(b)) hasil.push(b)
  return hasil.reverse()
}

/** 'polda-ntt@2' ⇄ { id, versi }. */
export const kunciSkema = (s: { id: string; versi: number }) => `${s.id}@${s.versi}`
export function uraiKunciSkema(k: string): { id: string; versi: number } | null {
  const m = /^(.+)@(\d+)$/.exec(k)
  return m ? { id: m[1]!, versi: Number(m[2]) } : null
}

/** The scheme in force for a month: the latest period choice starting at or before it, else the default. */
export function skemaBerlaku(periode: readonly { bulanMulai: string; skema: string }[], bulan: string): { skema: string; sejak: string | null } {
  const p = [...periode].filter((x) => x.bulanMulai <= bulan).sort((a, b) => b.bulanMulai.localeCompare(a.bulanMulai))[0]
  return p ? { skema: p.skema, sejak: p.bulanMulai } : { skema: 'bawaan@1', sejak: null }
}
