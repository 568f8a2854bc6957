import type { Suntingan } from './jenis'

/** One user action (a typed cell, a paste, a clear): what to write back to undo or redo it. */
export interface LangkahRiwayat {
  sebelum: Suntingan[]
  sesudah: Suntingan[]
}

const BATAS = 300

/** Undo/redo stacks. Undo writes the previous texts through the same save path as typing. */
export class Riwayat {
  private urung: LangkahRiwayat[] = []
  private ulang: LangkahRiwayat[] = []

  catat(l: LangkahRiwayat): void {
    if (l.sesudah.length === 0) return
    this.urung.push(l)
    if (this.urung.length > BATAS) this.urung.shift()
    this.ulang = []
  }

  /** The edits that undo the last action, or null when there is nothing to undo. */
  urungkan(): Suntingan[] | null {
    const l = this.urung.pop()
    if (!l) return null
    this.ulang.push(l)
    return l.sebelum
  }

  ulangi(): Suntingan[] | null {
    const l = this.ulang.pop()
    if (!l) return null
    this.urung.push(l)
    return l.sesudah
  }

  get bisaUrung(): boolean {
    return this.urung.length > 0
  }

  get bisaUlang(): boolean {
    return this.ulang.length > 0
  }
}
