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
  /**
   * The same medians in process CPU time (user + system). With other work on
   * the machine wall time mostly measures waiting for a core; CPU time does not
   * (but leaves out waiting for the disk, e.g. fsync, on both sides alike).
   */
  dasarCpuMs?: number
  ujiCpuMs?: number
  rasioCpu?: number
  catatan?: string
}

/** Wraps a task to record the CPU time of each call, keeping a synchronous task synchronous. */
function denganCpu(fn: () => unknown, catat: number[]): () => unknown {
  return () => {
    const awal = process.cpuUsage()
    const simpan = () => {
      const d = process.cpuUsage(awal)
      catat.push((d.user + d.system) / 1000)
    }
    const r = fn()
    if (r && typeof (r as Promise<unknown>).then === 'function') return (r as Promise<unknown>).then((v) => (simpan(), v))
    simpan()
    return r
  }
}

function median(x: number[]): number {
  const u = [...x].sort((a, b) => a - b)
  const t = Math.floor(u.length / 2)
  return u.length % 2 ? (u[t] as number) : ((u[t - 1] as number) + (u[t] as number)) / 2
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
  const cpuDasar: number[] = []
  const cpuUji: number[] = []
  bench.add(opsi.dasar.nama, denganCpu(opsi.dasar.fn, cpuDasar), { beforeEach: opsi.dasar.sebelum })
  bench.add(opsi.uji.nama, denganCpu(opsi.uji.fn, cpuUji), { beforeEach: opsi.uji.sebelum })
  await bench.run()
  const [d, u] = bench.tasks.map((t) => {
    const r = t.result as { latency?: { p50: number } ; error?: unknown }
    if (!r.latency) throw new Error(`${t.name} gagal: ${String(r.error)}`)
    return r.latency.p50
  }) as [number, number]
  const hasil: HasilBanding = { nama: opsi.nama, dasar: opsi.dasar.nama, uji: opsi.uji.nama, dasarMs: d, ujiMs: u, rasio: u / d, target: opsi.target }
  // The first call of each task is tinybench's warm-up.
  if (cpuDasar.length > 1 && cpuUji.length > 1) {
    hasil.dasarCpuMs = median(cpuDasar.slice(1))
    hasil.ujiCpuMs = median(cpuUji.slice(1))
    hasil.rasioCpu = hasil.ujiCpuMs / hasil.dasarCpuMs
  }
  cetak(hasil)
  return hasil
}

/**
 * Like `banding`, but the two tasks take turns (baseline, test, baseline, …) after one
 * warm-up call each: for tasks that grow the same database, so neither side always
 * runs on the smaller file.
 */
export async function bandingSelang(opsi: {
  nama: string
  target: number
  putaran: number
  dasar: { nama: string; fn: () => unknown }
  uji: { nama: string; fn: () => unknown }
}): Promise<HasilBanding> {
  const waktu = { dasar: [] as number[], uji: [] as number[] }
  const cpu = { dasar: [] as number[], uji: [] as number[] }
  const ukur = async (sisi: 'dasar' | 'uji', catat: boolean) => {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await opsi[sisi].fn()
    const c = process.cpuUsage(c0)
    const t = performance.now() - t0
    if (!catat) return
    waktu[sisi].push(t)
    cpu[sisi].push((c.user + c.system) / 1000)
  }
  await ukur('dasar', false)
  await ukur('uji', false)
  for (let i = 0; i < opsi.putaran; i++) {
    await ukur('dasar', true)
    await ukur('uji', true)
  }
  const hasil: HasilBanding = {
    nama: opsi.nama,
    dasar: opsi.dasar.nama,
    uji: opsi.uji.nama,
    dasarMs: median(waktu.dasar),
    ujiMs: median(waktu.uji),
    rasio: median(waktu.uji) / median(waktu.dasar),
    target: opsi.target,
    dasarCpuMs: median(cpu.dasar),
    ujiCpuMs: median(cpu.uji),
    rasioCpu: median(cpu.uji) / median(cpu.dasar),
    catatan: `bergantian, ${opsi.putaran} putaran`,
  }
  cetak(hasil)
  return hasil
}

export function cetak(h: HasilBanding): void {
  const ok = h.rasio <= h.target ? 'memenuhi' : 'MELEWATI'
  console.log(`\n${h.nama}`)
  console.log(`  dasar : ${h.dasar.padEnd(52)} ${h.dasarMs.toFixed(1).padStart(10)} ms (median)`)
  console.log(`  uji   : ${h.uji.padEnd(52)} ${h.ujiMs.toFixed(1).padStart(10)} ms (median)`)
  console.log(`  rasio : ${h.rasio.toFixed(2)}x (target ≤ ${h.target}x: ${ok})`)
  if (h.rasioCpu !== undefined) console.log(`  CPU   : ${h.dasarCpuMs!.toFixed(1)} ms → ${h.ujiCpuMs!.toFixed(1)} ms (median waktu CPU proses), rasio ${h.rasioCpu.toFixed(2)}x`)
}

/** Appends results to test-results/bench/<file>.json for BENCHMARKS.md. */
export function simpanHasil(berkas: string, hasil: HasilBanding[]): void {
  const folder = path.resolve('test-results', 'bench')
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, berkas), JSON.stringify({ waktu: new Date().toISOString(), hasil }, null, 2))
}
