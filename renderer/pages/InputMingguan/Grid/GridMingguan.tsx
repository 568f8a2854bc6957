import { type CSSProperties, type KeyboardEvent, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { ZonaWaktu } from '../../../../shared/zona-waktu'
import { type AksiBaris, BarisGrid, idSel } from './BarisGrid'
import { BilahStatus, daftarMasalah } from './BilahStatus'
import { DialogRiwayatMingguan, PINTASAN_RIWAYAT, tekanPintasanRiwayat } from './DialogRiwayatMingguan'
import type { BarisServer, Suntingan } from './jenis'
import { KIRI_KOLOM, KOLOM_GRID, LEBAR_DESA, LEBAR_TOTAL, TINGGI_BARIS, TINGGI_KEPALA } from './kolom'
import { type Arah, ARAH_PANAH, kotak, langkah, type Posisi } from './navigasi'
import { isiSel } from './sel'
import { keTsv, uraiTsv } from './tempel'
import type { TokoMingguan } from './toko'

interface Props {
  toko: TokoMingguan
  /** Accessible name of the grid, e.g. the week. */
  label: string
  /** The satker's zone, for the times in "Riwayat Perubahan". */
  zonaWaktu: ZonaWaktu | null
}

interface Edit {
  b: number
  k: number
  awal: string
  mode: 'ganti' | 'ubah'
}

/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const LEBIH = 6
const ID_STATUS = 'status-sel-grid'
const K = KOLOM_GRID.length
const TEMPLAT = `${LEBAR_DESA}px ${KOLOM_GRID.map((k) => `${k.lebar}px`).join(' ')}`

/**
 * The weekly grid: one row per desa, one column per weekly field. Keyboard like
 * a spreadsheet; only the visible rows are in the DOM (fixed row height); focus
 * stays on the grid and aria-activedescendant names the active cell, so the
 * active cell can be scrolled out of the DOM without losing focus.
 */
export function GridMingguan({ toko, label, zonaWaktu }: Props) {
  const keadaan = useSyncExternalStore(toko.langgan, toko.ambil)
  const baris = keadaan.baris
  const n = baris.length
  const bacaSaja = toko.bacaSaja
  const [aktif, setAktif] = useState<Posisi>({ b: 0, k: 0 })
  const [jangkar, setJangkar] = useState<Posisi>({ b: 0, k: 0 })
  const [edit, setEdit] = useState<Edit | null>(null)
  const [awal, setAwal] = useState(0)
  const [tinggi, setTinggi] = useState(480)
  const [kabar, setKabar] = useState<string | null>(null)
  const gulir = useRef<HTMLDivElement>(null)
  const lepasTab = useRef(false)
  // "Riwayat Perubahan" of the active row's desa, and where the focus goes back when it closes.
  const [riwayatDesa, setRiwayatDesa] = useState<BarisServer | null>(null)
  const kembaliKe = useRef<HTMLElement | null>(null)

  const fokusGrid = () => gulir.current?.focus({ preventScroll: true })
  const posisiDari = (s: Suntingan): Posisi => ({ b: toko.indeksDesa(s.desaKode) ?? 0, k: Math.max(0, KOLOM_GRID.findIndex((c) => c.kunci === s.kolom)) })

  function pindah(ke: Posisi, perluas = false) {
    setAktif(ke)
    if (!perluas) setJangkar(ke)
    setKabar(null)
  }

  function mulaiUbah(p: Posisi, mode: 'ganti' | 'ubah', teks?: string) {
    const b = baris[p.b]
    if (bacaSaja || !b) return
    setAktif(p)
    setJangkar(p)
    setEdit({ ...p, mode, awal: teks ?? isiSel(b, KOLOM_GRID[p.k]!.kunci).teks })
  }

  function tempel(teks: string, dari?: Posisi) {
    if (bacaSaja) return
    const m = uraiTsv(teks)
    if (m.length === 0) return
    const kt = kotak(jangkar, aktif)
    const mulai = dari ?? { b: kt.b0, k: kt.k0 }
    const suntingan: Suntingan[] = []
    let luar = 0
    const tambah = (b: number, k: number, isi: string) => {
      const r = baris[b]
      if (!r || k >= K) return void luar++
      suntingan.push({ desaKode: r.info.desaKode, kolom: KOLOM_GRID[k]!.kunci, teks: isi })
    }
    // One value onto a selected block fills the block, as spreadsheets do.
    const isiBlok = !dari && m.length === 1 && m[0]!.length === 1 && (kt.b1 > kt.b0 || kt.k1 > kt.k0)
    if (isiBlok) for (let b = kt.b0; b <= kt.b1; b++) for (let k = kt.k0; k <= kt.k1; k++) tambah(b, k, m[0]![0]!)
    else m.forEach((r, i) => r.forEach((isi, j) => tambah(mulai.b + i, mulai.k + j, isi)))
    toko.terapkan(suntingan)
    const lebarBlok = Math.max(...m.map((r) => r.length))
    const akhir = isiBlok ? { b: kt.b1, k: kt.k1 } : { b: Math.min(n - 1, mulai.b + m.length - 1), k: Math.min(K - 1, mulai.k + lebarBlok - 1) }
    setAktif(mulai)
    setJangkar(akhir)
    setKabar(`Ditempel ke ${suntingan.length} sel${luar ? `; ${luar} nilai di luar tabel diabaikan` : ''}`)
  }

  function riwayat(ulang: boolean) {
    const s = ulang ? toko.ulangi() : toko.urungkan()
    if (!s || s.length === 0) {
      setKabar(ulang ? 'Tidak ada yang dapat diulang' : 'Tidak ada yang dapat diurungkan')
      return
    }
    const pos = s.map(posisiDari)
    const b0 = Math.min(...pos.map((p) => p.b))
    const k0 = Math.min(...pos.map((p) => p.k))
    setAktif({ b: b0, k: k0 })
    setJangkar({ b: Math.max(...pos.map((p) => p.b)), k: Math.max(...pos.map((p) => p.k)) })
    setKabar(`${ulang ? 'Diulang' : 'Diurungkan'}: ${s.length} sel`)
  }

  function bukaRiwayatDesa() {
    const r = baris[aktif.b]
    if (!r) return
    // What was just typed is sent first; the trail reloads when that save is confirmed (versi).
    void toko.kirimSekarang()
    kembaliKe.current = document.activeElement instanceof HTMLElement ? document.activeElement : gulir.current
    setRiwayatDesa(r.info)
  }

  useEffect(() => {
    const el = kembaliKe.current
    if (riwayatDesa !== null || !el) return
    kembaliKe.current = null
    ;(el.isConnected ? el : gulir.current)?.focus({ preventScroll: true })
  }, [riwayatDesa])

  function kosongkan() {
    if (bacaSaja) return
    const kt = kotak(jangkar, aktif)
    const s: Suntingan[] = []
    for (let b = kt.b0; b <= kt.b1; b++) for (let k = kt.k0; k <= kt.k1; k++) s.push({ desaKode: baris[b]!.info.desaKode, kolom: KOLOM_GRID[k]!.kunci, teks: '' })
    const berubah = toko.terapkan(s).length
    if (s.length > 1) setKabar(`${berubah} sel dikosongkan (tidak dilaporkan)`)
  }

  function tekan(e: KeyboardEvent<HTMLDivElement>) {
    if (edit || n === 0) return
    const ctrl = e.ctrlKey || e.metaKey
    const tombol = e.key
    if (tombol === 'Tab') {
      // Tab moves across cells; after Esc, or at the first/last cell, it leaves the grid.
      if (lepasTab.current) return void (lepasTab.current = false)
      const ke = langkah(aktif, e.shiftKey ? 'kiri' : 'kanan', n, K, true)
      if (ke.b === aktif.b && ke.k === aktif.k) return
      e.preventDefault()
      return pindah(ke)
    }
    lepasTab.current = false
    if (tekanPintasanRiwayat(e)) {
      e.preventDefault()
      return bukaRiwayatDesa()
    }
    const arah: Arah | undefined = ARAH_PANAH[tombol]
    if (arah) {
      e.preventDefault()
      const ke = ctrl ? { atas: { b: 0, k: aktif.k }, bawah: { b: n - 1, k: aktif.k }, kiri: { b: aktif.b, k: 0 }, kanan: { b: aktif.b, k: K - 1 } }[arah] : langkah(aktif, arah, n, K)
      return pindah(ke, e.shiftKey)
    }
    const halaman = Math.max(1, Math.floor(((gulir.current?.clientHeight ?? 400) - TINGGI_KEPALA) / TINGGI_BARIS) - 1)
    const lompat: Record<string, Posisi> = {
      Home: ctrl ? { b: 0, k: 0 } : { b: aktif.b, k: 0 },
      End: ctrl ? { b: n - 1, k: K - 1 } : { b: aktif.b, k: K - 1 },
      PageDown: { b: Math.min(n - 1, aktif.b + halaman), k: aktif.k },
      PageUp: { b: Math.max(0, aktif.b - halaman), k: aktif.k },
    }
    if (lompat[tombol]) {
      e.preventDefault()
      return pindah(lompat[tombol]!, e.shiftKey)
    }
    if (ctrl && !e.altKey) {
      const huruf = tombol.toLowerCase()
      if (huruf === 'z' || huruf === 'y') {
        e.preventDefault()
        return riwayat(huruf === 'y' || e.shiftKey)
      }
      return // Ctrl+C / Ctrl+V arrive as copy/paste events.
    }
    if (tombol === 'Enter') {
      e.preventDefault()
      if (e.shiftKey || bacaSaja) return pindah(langkah(aktif, e.shiftKey ? 'atas' : 'bawah', n, K))
      return mulaiUbah(aktif, 'ubah')
    }
    if (tombol === 'F2') {
      e.preventDefault()
      return mulaiUbah(aktif, 'ubah')
    }
    if (tombol === 'Delete' || tombol === 'Backspace') {
      e.preventDefault()
      return kosongkan()
    }
    if (tombol === 'Escape') {
      lepasTab.current = true
      setJangkar(aktif)
      return setKabar('Tekan Tab untuk keluar dari tabel')
    }
    if (tombol.length === 1 && !e.altKey && !bacaSaja) {
      // Typing starts editing and replaces the cell, like a spreadsheet.
      e.preventDefault()
      mulaiUbah(aktif, 'ganti', tombol)
    }
  }

  function salin(e: ClipboardEvent) {
    e.preventDefault()
    const kt = kotak(jangkar, aktif)
    const isi: string[][] = []
    for (let b = kt.b0; b <= kt.b1; b++) {
      const r: string[] = []
      for (let k = kt.k0; k <= kt.k1; k++) r.push(isiSel(baris[b]!, KOLOM_GRID[k]!.kunci).teks)
      isi.push(r)
    }
    e.clipboardData?.setData('text/plain', keTsv(isi))
    setKabar(`${(kt.b1 - kt.b0 + 1) * (kt.k1 - kt.k0 + 1)} sel disalin`)
  }

  // The latest handlers for the memoised rows, behind one stable object.
  const h = useRef({ pindah, mulaiUbah, tempel, salin, edit, baris })
  h.current = { pindah, mulaiUbah, tempel, salin, edit, baris }

  // Ctrl+C / Ctrl+V while the grid itself has focus. A focused <div> is not
  // editable, so the browser sends clipboard events to the selection or <body>,
  // and only enables the commands when "beforecopy"/"beforepaste" are cancelled:
  // listen on the document and act when the grid is the focused element. While a
  // cell is edited the input has focus and the browser handles its clipboard.
  useEffect(() => {
    const milikGrid = () => gulir.current !== null && document.activeElement === gulir.current
    const izinkan = (e: Event) => milikGrid() && e.preventDefault()
    const tempelDok = (e: ClipboardEvent) => {
      if (!milikGrid()) return
      e.preventDefault()
      const teks = e.clipboardData?.getData('text/plain')
      if (teks) h.current.tempel(teks)
    }
    const salinDok = (e: ClipboardEvent) => milikGrid() && h.current.salin(e)
    document.addEventListener('beforepaste', izinkan)
    document.addEventListener('beforecopy', izinkan)
    document.addEventListener('paste', tempelDok)
    document.addEventListener('copy', salinDok)
    return () => {
      document.removeEventListener('beforepaste', izinkan)
      document.removeEventListener('beforecopy', izinkan)
      document.removeEventListener('paste', tempelDok)
      document.removeEventListener('copy', salinDok)
    }
  }, [])
  const aksi = useMemo<AksiBaris>(
    () => ({
      pilih: (b, k, perluas) => h.current.pindah({ b, k }, perluas),
      ubah: (b, k) => h.current.mulaiUbah({ b, k }, 'ubah'),
      selesai: (teks, arah, bungkus) => {
        const e = h.current.edit
        if (!e) return
        const r = h.current.baris[e.b]
        if (r) toko.terapkan([{ desaKode: r.info.desaKode, kolom: KOLOM_GRID[e.k]!.kunci, teks }])
        setEdit(null)
        // Blur (arah null) means the user went elsewhere: do not pull focus back.
        if (arah) {
          fokusGrid()
          h.current.pindah(langkah(e, arah, h.current.baris.length, K, bungkus))
        }
      },
      batal: () => {
        setEdit(null)
        fokusGrid()
      },
      tempelBlok: (teks) => {
        const e = h.current.edit
        setEdit(null)
        fokusGrid()
        if (e) h.current.tempel(teks, { b: e.b, k: e.k })
      },
    }),
    [toko],
  )

  // Keep the active cell in view, and render its rows before the browser paints.
  useLayoutEffect(() => {
    const el = gulir.current
    if (!el) return
    const ruangTinggi = el.clientHeight - TINGGI_KEPALA
    const atas = aktif.b * TINGGI_BARIS
    if (atas < el.scrollTop) el.scrollTop = atas
    else if (atas + TINGGI_BARIS > el.scrollTop + ruangTinggi) el.scrollTop = atas + TINGGI_BARIS - ruangTinggi
    const kiri = KIRI_KOLOM[aktif.k]!
    const lebar = KOLOM_GRID[aktif.k]!.lebar
    const ruangLebar = el.clientWidth - LEBAR_DESA
    if (kiri < el.scrollLeft) el.scrollLeft = kiri
    else if (kiri + lebar > el.scrollLeft + ruangLebar) el.scrollLeft = kiri + lebar - ruangLebar
    setAwal(Math.floor(el.scrollTop / TINGGI_BARIS))
  }, [aktif.b, aktif.k])

  useLayoutEffect(() => {
    const el = gulir.current
    if (!el) return
    const ukur = () => setTinggi(el.clientHeight)
    ukur()
    const ro = new ResizeObserver(ukur)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  const kt = kotak(jangkar, aktif)
  const multi = kt.b0 !== kt.b1 || kt.k0 !== kt.k1
  const rentang = useMemo(() => [kt.k0, kt.k1] as const, [kt.k0, kt.k1])
  const editBaris = useMemo(() => (edit ? { awal: edit.awal, mode: edit.mode } : null), [edit])
  const masalah = useMemo(() => daftarMasalah(baris), [baris])

  const muat = Math.max(1, Math.ceil((tinggi - TINGGI_KEPALA) / TINGGI_BARIS) + 1)
  const dari = Math.max(0, awal - LEBIH)
  const sampai = Math.min(n, awal + muat + LEBIH)
  const aktifTampil = aktif.b >= dari && aktif.b < sampai && !edit
  const gaya = { '--kolom-grid': TEMPLAT, '--lebar-grid': `${LEBAR_TOTAL}px` } as CSSProperties

  const tampil = []
  for (let i = dari; i < sampai; i++) {
    const r = baris[i]!
    tampil.push(
      <BarisGrid
        key={r.info.desaKode}
        baris={r}
        indeks={i}
        aktif={i === aktif.b ? aktif.k : -1}
        pilih={multi && i >= kt.b0 && i <= kt.b1 ? rentang : null}
        edit={edit && edit.b === i ? editBaris : null}
        bacaSaja={bacaSaja}
        aksi={aksi}
      />,
    )
  }

  return (
    <div className="grid-mingguan">
      <div className="alat-grid">
        <button type="button" className="tombol tombol-kecil" disabled={bacaSaja || !keadaan.bisaUrung} onClick={() => riwayat(false)} aria-keyshortcuts="Control+Z">
          Urungkan <kbd>Ctrl+Z</kbd>
        </button>
        <button type="button" className="tombol tombol-kecil" disabled={bacaSaja || !keadaan.bisaUlang} onClick={() => riwayat(true)} aria-keyshortcuts="Control+Y">
          Ulangi <kbd>Ctrl+Y</kbd>
        </button>
        <p className="petunjuk">
          {bacaSaja
            ? 'Hanya dapat dibaca. Panah untuk berpindah, Ctrl+C untuk menyalin.'
            : 'Ketik angka + Enter · F2 ubah · Delete = kosong (tidak dilaporkan) · Ctrl+V tempel dari Excel · Esc lalu Tab keluar'}
        </p>
      </div>
      {n === 0 ? (
        <p className="kartu">Tidak ada desa aktif untuk pilihan ini. Periksa saringan Polsek atau Data Desa.</p>
      ) : (
        <div
          ref={gulir}
          className={`grid-gulir${bacaSaja ? ' grid-baca' : ''}`}
          role="grid"
          aria-label={label}
          aria-rowcount={n + 1}
          aria-colcount={K + 1}
          aria-readonly={bacaSaja || undefined}
          aria-multiselectable="true"
          aria-activedescendant={aktifTampil ? idSel(aktif.b, aktif.k) : undefined}
          aria-describedby={ID_STATUS}
          tabIndex={0}
          style={gaya}
          onKeyDown={tekan}
          onScroll={(e) => {
            const a = Math.floor(e.currentTarget.scrollTop / TINGGI_BARIS)
            if (a !== awal) setAwal(a)
          }}
        >
          <div role="row" aria-rowindex={1} className="kepala-grid">
            <div role="columnheader" className="kepala-desa">
              Desa/Kelurahan
              <span className="desa-sub">Kecamatan · Bhabinkamtibmas</span>
            </div>
            {KOLOM_GRID.map((k, i) => (
              <div role="columnheader" key={k.kunci} aria-colindex={i + 2} className={k.angka ? 'kepala-angka' : undefined}>
                {k.judulBerjeda}
              </div>
            ))}
          </div>
          <div aria-hidden="true" className="pengisi-grid" style={{ height: dari * TINGGI_BARIS }} />
          {tampil}
          <div aria-hidden="true" className="pengisi-grid" style={{ height: (n - sampai) * TINGGI_BARIS }} />
        </div>
      )}
      <BilahStatus
        id={ID_STATUS}
        baris={baris[aktif.b]}
        kolom={aktif.k}
        masalah={masalah}
        kabar={kabar}
        onLompat={(p) => {
          pindah(p)
          fokusGrid()
        }}
        aksiBaris={
          baris[aktif.b] && (
            <button
              type="button"
              className="tombol tombol-kecil tombol-riwayat-mingguan"
              onClick={bukaRiwayatDesa}
              aria-keyshortcuts={PINTASAN_RIWAYAT}
              title={`Riwayat Perubahan laporan ${baris[aktif.b]!.info.desaNama} minggu ini (${PINTASAN_RIWAYAT})`}
            >
              Riwayat Perubahan: {baris[aktif.b]!.info.desaNama} <kbd>{PINTASAN_RIWAYAT}</kbd>
            </button>
          )
        }
      />
      {riwayatDesa && (
        <DialogRiwayatMingguan desa={riwayatDesa} tahun={toko.tahun} minggu={toko.minggu} versi={keadaan.global.jumlahSimpan} zonaWaktu={zonaWaktu} onTutup={() => setRiwayatDesa(null)} />
      )}
    </div>
  )
}
