import fs from 'node:fs'
import path from 'node:path'
import { Bench } from 'tinybench'

export interface HasilBanding {
  nama: string
  dasar: string
  uji: string
  dasarMs: number
  ujiMs: number
  rasio: number
  target: number
  catatan?: string
}

/** Median of each task, then the ratio against the baseline measured in the same run. */
export async function banding(opsi: {
  nama: string
  target: number
  iterasi?: number
  dasar: { nama: string; fn: () => unknown; sebelum?: () => void | Promise<void> }
  uji: { nama: string; fn: () => unknown; sebelum?: () => void | Promise<void> }
}): Promise<HasilBanding> {
  const bench = new Bench({ iterations: opsi.iterasi ?? 5, time: 0, warmup: true, warmupIterations: 1, warmupTime: 0 })
  bench.add(opsi.dasar.nama, opsi.dasar.fn, { beforeEach: opsi.dasar.sebelum })
  bench.add(opsi.uji.nama, opsi.uji.fn, { beforeEach: opsi.uji.sebelum })
  await bench.run()
  const [d, u] = bench.tasks.map((t) => {
    const r = t.result as { latency?: { p50: number } ; error?: unknown }
    if (!r.latency) throw new Error(`${t.name} gagal: ${String(r.error)}`)
    return r.latency.p50
  }) as [number, number]
  const hasil: HasilBanding = { nama: opsi.nama, dasar: opsi.dasar.nama, uji: opsi.uji.nama, dasarMs: d, ujiMs: u, rasio: u / d, target: opsi.target }
  cetak(hasil)
  return hasil
}

export function cetak(h: HasilBanding): void {
  const ok = h.rasio <= h.target ? 'memenuhi' : 'MELEWATI'
  console.log(`\n${h.nama}`)
  console.log(`  dasar : ${h.dasar.padEnd(52)} ${h.dasarMs.toFixed(1).padStart(10)} ms (median)`)
  console.log(`  uji   : ${h.uji.padEnd(52)} ${h.ujiMs.toFixed(1).padStart(10)} ms (median)`)
  console.log(`  rasio : ${h.rasio.toFixed(2)}x (target ≤ ${h.target}x: ${ok})`)
}

/** Appends results to test-results/bench/<file>.json for BENCHMARKS.md. */
export function simpanHasil(berkas: string, hasil: HasilBanding[]): void {
  const folder = path.resolve('test-results', 'bench')
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, berkas), JSON.stringify({ waktu: new Date().toISOString(), hasil }, null, 2))
}
