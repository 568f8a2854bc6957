import type { KonteksRencana } from './konteks'

/**
 * Mode Polda: Polsek are per Polres (two Polres may each have a "POLSEK
 * KOTA"). A Polsek first met in a Polres' file is created with the next id,
 * planned here so kecamatan (Desa sheet) and personnel rows can point at
 * it; it is written (and logged for undo) just before the first row that
 * needs it.
 */
export function buatPolsekPolda(k: KonteksRencana) {
  const ada = k.s.prepare('SELECT id, nama, satker_kode FROM polsek WHERE satker_kode IS NOT NULL').all() as { id: number; nama: string; satker_kode: string }[]
  const kunci = (polres: string, nama: string) => `${polres}|${nama.trim().toLowerCase()}`
  const peta = new Map(ada.map((p) => [kunci(p.satker_kode, p.nama), p.id]))
  const polresPolsek = new Map(ada.map((p) => [p.id, p.satker_kode]))
  const baru = new Map<number, { nama: string; satker_kode: string }>()
  let berikut = ((k.s.prepare('SELECT max(id) AS n FROM polsek').get() as { n: number | null }).n ?? 0) + 1
  return {
    id(polres: string | null, nama: string): number | undefined {
      if (polres === null) {
        // No Polres known for the row: a name used by exactly one Polres is still unambiguous.
        const cocok = [...peta].filter(([x]) => x.endsWith(`|${nama.trim().toLowerCase()}`))
        return cocok.length === 1 ? cocok[0]![1] : undefined
      }
      const kk = kunci(polres, nama)
      let id = peta.get(kk)
      if (id === undefined) {
        id = berikut++
        peta.set(kk, id)
        polresPolsek.set(id, polres)
        baru.set(id, { nama: nama.trim(), satker_kode: polres })
      }
      return id
    },
    polresPolsek: (id: number) => polresPolsek.get(id) ?? null,
    /** Plans the insert of a new Polsek once, before the first row that points at it. */
    tulisBaru(id: number | null) {
      const p = id === null ? undefined : baru.get(id)
      if (!p) return
      baru.delete(id!)
      k.ubah({ tabel: 'polsek', kunci: [id], sebelum: null, sesudah: { id, ...p } }, null)
    },
  }
}

export type PolsekPolda = ReturnType<typeof buatPolsekPolda>
