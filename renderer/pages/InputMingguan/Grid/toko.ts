import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan, type SelMingguan } from '../../../../shared/mingguan'
import { GalatApi } from '../../../api/klien'
import { pesanGalat } from '../../../lib/galat'
import { bacaDraf, kunciSel, ubahDraf } from './draf'
import type { BarisTampil, DataMingguan, Draf, HasilSimpan, Nilai, NilaiSel, StatusGlobal, Suntingan } from './jenis'
import { Riwayat } from './riwayat'
import { isiSel, nilaiDariTeks, periksaBaris, samaNilai } from './sel'

export interface OpsiToko {
  simpan: (m: { tahun: number; minggu: number; sel: SelMingguan[] }) => Promise<HasilSimpan>
  /** Wait after the first unsaved edit, so a burst of typing or a paste goes in one call. */
  jedaMs?: number
  /** Wait before retrying when the server could not be reached. */
  jedaUlangMs?: number
  /** The user may not write (a Pimpinan): the grid only reads, like a locked period. */
  bacaSaja?: boolean
}

export interface KeadaanToko {
  baris: readonly BarisTampil[]
  global: StatusGlobal
  bisaUrung: boolean
  bisaUlang: boolean
}

interface Terkirim {
  i: number
  kolom: KolomSelMingguan
  versi: number
  nilai: Nilai
}

const KOLOM_SAH = new Set<string>(KOLOM_SEL_MINGGUAN)

/**
 * The grid's data for one week: values confirmed by the server plus local edits
 * (drafts), autosaved in batches through mingguan:simpan. Plain TypeScript with
 * a subscribe/snapshot pair for useSyncExternalStore, so the saving logic does
 * not depend on rendering.
 *
 * Rules that matter for "nothing typed is lost":
 * - every edit is a draft in localStorage until the server confirms that cell;
 * - invalid edits stay drafts (shown red, never sent);
 * - a failed save is retried; a late answer never overrides a newer edit (versi).
 */
export class TokoMingguan {
  readonly tahun: number
  readonly minggu: number
  readonly bacaSaja: boolean
  private baris: BarisTampil[]
  private readonly indeks = new Map<string, number>()
  /** What this grid last wrote to localStorage, to write only the differences. */
  private tertulis = new Map<string, string>()
  private readonly pendengar = new Set<() => void>()
  private readonly riwayat = new Riwayat()
  private readonly jedaMs: number
  private readonly jedaUlangMs: number
  private snap: KeadaanToko
  private versi = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private timerUlang: ReturnType<typeof setTimeout> | null = null
  private sedangKirim: Promise<void> | null = null
  private galat: string | null = null
  private pernahTersimpan = false
  private jumlahSimpan = 0
  private dilepas = false

  constructor(
    data: DataMingguan,
    private readonly opsi: OpsiToko,
  ) {
    this.tahun = data.tahun
    this.minggu = data.minggu
    this.bacaSaja = data.terkunci || opsi.bacaSaja === true
    this.jedaMs = opsi.jedaMs ?? 250
    this.jedaUlangMs = opsi.jedaUlangMs ?? 3000
    this.baris = data.baris.map((info, i) => {
      this.indeks.set(info.desaKode, i)
      const tersimpan = Object.fromEntries(KOLOM_SEL_MINGGUAN.map((k) => [k, (info.nilai[k] ?? null) as Nilai])) as NilaiSel
      return { info, tersimpan, draf: {}, baruTersimpan: {} }
    })
    this.pulihkan()
    this.snap = this.buatSnap()
    if (this.adaMenunggu()) this.jadwalkan()
  }

  // ---- subscription (useSyncExternalStore) ----
  langgan = (fn: () => void): (() => void) => {
    this.pendengar.add(fn)
    return () => this.pendengar.delete(fn)
  }

  ambil = (): KeadaanToko => this.snap

  indeksDesa(desaKode: string): number | undefined {
    return this.indeks.get(desaKode)
  }

  // ---- editing ----
  /** Applies edits as one user action (one undo step). Returns the edits that changed something. */
  terapkan(suntingan: readonly Suntingan[], catat = true): Suntingan[] {
    if (this.bacaSaja) return []
    const sebelum: Suntingan[] = []
    const sesudah: Suntingan[] = []
    const diubah = new Map<number, BarisTampil>()
    for (const s of suntingan) {
      const i = this.indeks.get(s.desaKode)
      if (i === undefined || !KOLOM_SAH.has(s.kolom)) continue
      let b = diubah.get(i) ?? this.baris[i]!
      const lama = isiSel(b, s.kolom).teks
      if (lama === s.teks) continue
      if (!b.draf[s.kolom] && samaNilai(nilaiDariTeks(s.kolom, s.teks), b.tersimpan[s.kolom])) continue
      sebelum.unshift({ ...s, teks: lama })
      sesudah.push(s)
      b = this.setelSel(b, s.kolom, s.teks)
      diubah.set(i, b)
    }
    if (sesudah.length === 0) return []
    for (const [i, b] of diubah) this.baris[i] = revalidasi(b)
    if (catat) this.riwayat.catat({ sebelum, sesudah })
    this.setelahUbah()
    this.jadwalkan()
    return sesudah
  }

  urungkan(): Suntingan[] | null {
    if (this.bacaSaja) return null
    const s = this.riwayat.urungkan()
    if (!s) return null
    this.terapkan(s, false)
    this.terbitkan()
    return s
  }

  ulangi(): Suntingan[] | null {
    if (this.bacaSaja) return null
    const s = this.riwayat.ulangi()
    if (!s) return null
    this.terapkan(s, false)
    this.terbitkan()
    return s
  }

  /** Sends what is waiting now (commit, leaving the page, hiding the window). */
  kirimSekarang(): Promise<void> {
    return this.kirim()
  }

  /** The grid goes away (other week or screen): save what waits, stop the timers. */
  lepas(): void {
    this.dilepas = true
    if (this.timerUlang) clearTimeout(this.timerUlang)
    this.timerUlang = null
    void this.kirim()
  }

  // ---- internals ----
  private setelSel(b: BarisTampil, kolom: KolomSelMingguan, teks: string): BarisTampil {
    const nilai = nilaiDariTeks(kolom, teks)
    const lama = b.draf[kolom]
    const draf = { ...b.draf }
    const baruTersimpan = { ...b.baruTersimpan }
    delete baruTersimpan[kolom]
    // Back to the stored value: no draft, unless an older value is on its way to the server.
    if (nilai !== undefined && samaNilai(nilai, b.tersimpan[kolom]) && lama?.keadaan !== 'menyimpan') delete draf[kolom]
    else draf[kolom] = { teks, nilai, versi: ++this.versi, keadaan: 'menunggu', pesan: null, dipulihkan: false }
    return { ...b, draf, baruTersimpan }
  }

  private pulihkan(): void {
    // A locked week cannot take them: leave them stored for when it is unlocked.
    if (this.bacaSaja) return
    const simpanan = bacaDraf(this.tahun, this.minggu)
    const diubah = new Set<number>()
    for (const [kunci, teks] of simpanan) {
      const [desa, kolom] = kunci.split('|') as [string, KolomSelMingguan]
      const i = this.indeks.get(desa)
      if (i === undefined || !KOLOM_SAH.has(kolom)) continue
      this.tertulis.set(kunci, teks)
      const b = this.baris[i]!
      const nilai = nilaiDariTeks(kolom, teks)
      if (nilai !== undefined && samaNilai(nilai, b.tersimpan[kolom])) continue
      const d: Draf = { teks, nilai, versi: ++this.versi, keadaan: 'menunggu', pesan: null, dipulihkan: true }
      this.baris[i] = { ...b, draf: { ...b.draf, [kolom]: d } }
      diubah.add(i)
    }
    for (const i of diubah) this.baris[i] = revalidasi(this.baris[i]!)
    // Drop restored entries that turned out to be already saved.
    this.simpanLokal()
  }

  private adaMenunggu(): boolean {
    return this.baris.some((b) => Object.values(b.draf).some((d) => d.keadaan === 'menunggu'))
  }

  private jadwalkan(): void {
    if (this.bacaSaja) return
    if (this.dilepas) {
      void this.kirim()
      return
    }
    // Not reset by further edits: steady typing still saves every jedaMs.
    this.timer ??= setTimeout(() => {
      this.timer = null
      void this.kirim()
    }, this.jedaMs)
  }

  private async kirim(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    // One call at a time keeps the order of saves; what arrives meanwhile goes next.
    while (this.sedangKirim) await this.sedangKirim
    const batch: Terkirim[] = []
    this.baris.forEach((b, i) => {
      let draf: BarisTampil['draf'] | null = null
      for (const [kolom, d] of Object.entries(b.draf) as [KolomSelMingguan, Draf][]) {
        if (d.keadaan !== 'menunggu' || d.nilai === undefined) continue
        batch.push({ i, kolom, versi: d.versi, nilai: d.nilai })
        draf ??= { ...b.draf }
        draf[kolom] = { ...d, keadaan: 'menyimpan' }
      }
      if (draf) this.baris[i] = { ...b, draf }
    })
    if (batch.length === 0) return
    this.terbitkan()
    this.sedangKirim = this.kirimBatch(batch).finally(() => {
      this.sedangKirim = null
    })
    await this.sedangKirim
    if (this.adaMenunggu()) this.jadwalkan()
  }

  private async kirimBatch(batch: Terkirim[]): Promise<void> {
    const kunci = (i: number, kolom: string) => `${i}|${kolom}`
    const peta = new Map(batch.map((t) => [kunci(t.i, t.kolom), t]))
    try {
      const h = await this.opsi.simpan({
        tahun: this.tahun,
        minggu: this.minggu,
        sel: batch.map((t) => ({ desaKode: this.baris[t.i]!.info.desaKode, kolom: t.kolom, nilai: t.nilai })),
      })
      this.galat = null
      if (h.tersimpan.length > 0) this.jumlahSimpan++
      for (const s of h.tersimpan) {
        const t = peta.get(kunci(this.indeks.get(s.desaKode) ?? -1, s.kolom))
        if (!t) continue
        peta.delete(kunci(t.i, t.kolom))
        const b = this.baris[t.i]!
        const d = b.draf[t.kolom]
        const draf = { ...b.draf }
        const baruTersimpan = { ...b.baruTersimpan }
        if (d && d.versi === t.versi) {
          delete draf[t.kolom]
          baruTersimpan[t.kolom] = true
        }
        this.baris[t.i] = { ...b, tersimpan: { ...b.tersimpan, [t.kolom]: t.nilai }, draf, baruTersimpan }
        this.pernahTersimpan = true
      }
      for (const s of h.ditolak) {
        const t = peta.get(kunci(this.indeks.get(s.desaKode) ?? -1, s.kolom))
        if (!t) continue
        peta.delete(kunci(t.i, t.kolom))
        this.tandai(t, 'ditolak', s.pesan)
      }
      // Not named in the answer at all: keep it local and say so, rather than guess.
      for (const t of peta.values()) this.tandai(t, 'ditolak', 'Tidak tersimpan; ketik ulang nilainya')
    } catch (e) {
      this.galat = pesanGalat(e)
      const terkunci = e instanceof GalatApi && e.galat.kode === 'PERIODE_TERKUNCI'
      for (const t of batch) this.tandai(t, terkunci ? 'ditolak' : 'gagal', terkunci ? this.galat : `Belum tersimpan: ${this.galat}`)
      if (!terkunci && !this.dilepas) {
        if (this.timerUlang) clearTimeout(this.timerUlang)
        this.timerUlang = setTimeout(() => this.cobaLagi(), this.jedaUlangMs)
      }
    }
    this.setelahUbah()
  }

  /** Failed saves go back into the queue. */
  cobaLagi(): void {
    if (this.timerUlang) clearTimeout(this.timerUlang)
    this.timerUlang = null
    let ada = false
    this.baris.forEach((b, i) => {
      const gagal = (Object.entries(b.draf) as [KolomSelMingguan, Draf][]).filter(([, d]) => d.keadaan === 'gagal')
      if (!gagal.length) return
      ada = true
      const draf = { ...b.draf }
      for (const [k, d] of gagal) draf[k] = { ...d, keadaan: 'menunggu', pesan: null }
      this.baris[i] = { ...b, draf }
    })
    if (ada) {
      this.terbitkan()
      void this.kirim()
    }
  }

  private tandai(t: Terkirim, keadaan: 'ditolak' | 'gagal', pesan: string): void {
    const b = this.baris[t.i]!
    const d = b.draf[t.kolom]
    if (!d || d.versi !== t.versi) return
    this.baris[t.i] = { ...b, draf: { ...b.draf, [t.kolom]: { ...d, keadaan, pesan } } }
  }

  private setelahUbah(): void {
    this.simpanLokal()
    this.terbitkan()
  }

  private simpanLokal(): void {
    const kini = new Map<string, string>()
    for (const b of this.baris) for (const [kolom, d] of Object.entries(b.draf) as [string, Draf][]) kini.set(kunciSel(b.info.desaKode, kolom), d.teks)
    const perubahan = new Map<string, string | null>()
    for (const k of this.tertulis.keys()) if (!kini.has(k)) perubahan.set(k, null)
    for (const [k, v] of kini) if (this.tertulis.get(k) !== v) perubahan.set(k, v)
    ubahDraf(this.tahun, this.minggu, perubahan)
    this.tertulis = kini
  }

  private buatSnap(): KeadaanToko {
    const global: StatusGlobal = { menyimpan: 0, salah: 0, gagal: 0, dipulihkan: 0, pernahTersimpan: this.pernahTersimpan, jumlahSimpan: this.jumlahSimpan, galat: this.galat }
    for (const b of this.baris) {
      for (const d of Object.values(b.draf) as Draf[]) {
        if (d.keadaan === 'salah' || d.keadaan === 'ditolak') global.salah++
        else if (d.keadaan === 'gagal') global.gagal++
        else global.menyimpan++
        if (d.dipulihkan) global.dipulihkan++
      }
    }
    return { baris: [...this.baris], global, bisaUrung: this.riwayat.bisaUrung, bisaUlang: this.riwayat.bisaUlang }
  }

  private terbitkan(): void {
    this.snap = this.buatSnap()
    for (const fn of this.pendengar) fn()
  }
}

/** Re-checks a row's drafts after any change in it; drafts in flight wait for the server's answer. */
function revalidasi(b: BarisTampil): BarisTampil {
  const entri = Object.entries(b.draf) as [KolomSelMingguan, Draf][]
  if (entri.length === 0) return b
  const pesan = periksaBaris(b)
  const draf = { ...b.draf }
  for (const [kolom, d] of entri) {
    if (d.keadaan === 'menyimpan') continue
    const p = pesan.get(kolom) ?? null
    if (p) draf[kolom] = { ...d, keadaan: 'salah', pesan: p }
    else if (d.keadaan === 'salah' || d.keadaan === 'ditolak') draf[kolom] = { ...d, keadaan: 'menunggu', pesan: null }
  }
  return { ...b, draf }
}
