import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react'
import type { HasilPratinjauMingguan, HasilTerapkanMingguan, PemetaanExcelLama, PemetaanTersimpan, SumberMinggu } from '../../../../shared/api-templat'
import type { Keluaran } from '../../../../shared/api'
import { panggil } from '../../../api/klien'
import { DialogModal } from '../../../components/Dialog'
import { useKerja } from '../../../components/kerja'
import { Pemberitahuan } from '../../../components/Pemberitahuan'
import { PilihBerkas } from '../../../components/PratinjauImpor'
import { bacaBase64 } from '../../../lib/berkas'
import { Progres } from '../../Cadangan/Progres'
import { angka } from '../../PertukaranData/tampil'
import { HasilTerapkan, PratinjauMingguan, TombolTerapkan } from '../PratinjauMingguan'
import { LangkahDesa } from './LangkahDesa'
import { LangkahKolom } from './LangkahKolom'
import { LangkahMinggu } from './LangkahMinggu'
import { LangkahSheet } from './LangkahSheet'
import { keBidang, mingguAwal, type PerKolom, periksaKolom, terapkanTersimpan } from './pemetaan'
import './impor-excel-lama.css'

export type HasilBaca = Keluaran<'excel-lama:baca'>
export type HasilCocok = Keluaran<'excel-lama:cocokkan-desa'>
type Tersimpan = Keluaran<'excel-lama:pemetaan-daftar'>[number]

const LANGKAH = ['Berkas', 'Sheet dan baris judul', 'Kolom', 'Desa', 'Minggu', 'Pratinjau'] as const

/**
 * "Impor dari Excel lama": a unit's own old spreadsheet, step by step —
 * file, sheet and header row, a field per column (suggested), a desa per
 * desa text (suggested; the rest chosen with a search), the week, then the
 * same preview and one-transaction apply as the Polsek template. A mapping
 * can be named and reused next time.
 */
export function ImporExcelLama({ layar, hariIni, onTutup, onDiterapkan }: { layar: { tahun: number; minggu: number }; hariIni: string; onTutup: () => void; onDiterapkan: () => void }) {
  const id = useId()
  const [langkah, setLangkah] = useState(0)
  const { sibuk, galat, kerja } = useKerja()
  const [dipilih, setDipilih] = useState<string | null>(null)
  const [daftarTersimpan, setDaftarTersimpan] = useState<Tersimpan[]>([])
  const [tersimpanId, setTersimpanId] = useState<string>('')
  const [baca, setBaca] = useState<HasilBaca | null>(null)
  const [perKolom, setPerKolom] = useState<PerKolom>({})
  const [cocok, setCocok] = useState<HasilCocok | null>(null)
  const [petaDesa, setPetaDesa] = useState<Record<string, string>>({})
  const [minggu, setMinggu] = useState<SumberMinggu>({ jenis: 'tetap', ...layar })
  const [pratinjau, setPratinjau] = useState<HasilPratinjauMingguan | null>(null)
  const [hasil, setHasil] = useState<{ namaBerkas: string; r: HasilTerapkanMingguan } | null>(null)
  const [namaSimpan, setNamaSimpan] = useState('')
  const [pesanSimpan, setPesanSimpan] = useState<string | null>(null)
  const judulLangkah = useRef<HTMLHeadingElement>(null)

  const tersimpan: PemetaanTersimpan | undefined = daftarTersimpan.find((t) => String(t.id) === tersimpanId)?.isi

  useEffect(() => {
    void panggil('excel-lama:pemetaan-daftar', {}).then(setDaftarTersimpan, () => setDaftarTersimpan([]))
  }, [])
  // Each step's heading takes the focus, so a keyboard or screen-reader user knows where they are.
  useEffect(() => {
    if (langkah > 0) judulLangkah.current?.focus()
  }, [langkah])

  function pakaiBaca(b: HasilBaca, t = tersimpan) {
    setBaca(b)
    setPerKolom(t ? terapkanTersimpan(t, b.kolom) : Object.fromEntries(b.kolom.map((k) => [k.indeks, k.saran ?? ''])))
    setCocok(null)
    setPratinjau(null)
  }

  async function pilihBerkas(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0]
    setDipilih(f?.name ?? null)
    setBaca(null)
    setHasil(null)
    if (!f) return
    const b = await kerja('Membaca berkas…', async () => {
      const awal = await panggil('excel-lama:baca', { namaBerkas: f.name, berkasBase64: await bacaBase64(f) })
      // A saved mapping names its sheet and header row: read them when the file has that sheet.
      if (tersimpan && awal.sheet.some((s) => s.nama === tersimpan.sheet)) return panggil('excel-lama:baca', { berkasToken: awal.berkasToken, sheet: tersimpan.sheet, barisJudul: tersimpan.barisJudul })
      return awal
    })
    if (b) {
      pakaiBaca(b)
      if (tersimpan) setPetaDesa(tersimpan.petaDesa)
      setLangkah(1)
    }
  }

  async function bacaUlang(sheet: string, barisJudul?: number) {
    if (!baca) return
    const b = await kerja('Membaca sheet…', () => panggil('excel-lama:baca', barisJudul === undefined ? { berkasToken: baca.berkasToken, sheet } : { berkasToken: baca.berkasToken, sheet, barisJudul }))
    if (b) pakaiBaca(b, undefined)
  }

  async function keDesa() {
    if (!baca) return
    const c = await kerja('Mencocokkan desa…', () => panggil('excel-lama:cocokkan-desa', { berkasToken: baca.berkasToken, sheet: baca.sheetDipilih, barisJudul: baca.barisJudul, kolom: keBidang(perKolom) }))
    if (!c) return
    setCocok(c)
    // The user's earlier choices stay; suggestions fill the rest.
    setPetaDesa((lama) => Object.fromEntries(c.map((d) => [d.kunci, lama[d.kunci] ?? d.saran ?? ''])))
    setLangkah(3)
  }

  const pemetaan = (): PemetaanExcelLama | null =>
    baca && { sheet: baca.sheetDipilih, barisJudul: baca.barisJudul, kolom: keBidang(perKolom), minggu, petaDesa: Object.fromEntries(Object.entries(petaDesa).filter(([, v]) => v)) }

  async function kePratinjau() {
    const p = pemetaan()
    if (!p || !baca) return
    const r = await kerja('Memeriksa semua baris…', () => panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan: p }))
    if (r) {
      setPratinjau(r)
      setLangkah(5)
    }
  }

  async function terapkan() {
    if (!pratinjau) return
    const r = await kerja('Menerapkan: membuat cadangan, lalu menyimpan laporan…', () => panggil('excel-lama:terapkan', { token: pratinjau.token }))
    if (r) {
      setHasil({ namaBerkas: pratinjau.namaBerkas, r })
      setPratinjau(null)
      onDiterapkan()
    }
  }

  async function simpanPemetaan() {
    const p = pemetaan()
    if (!p || !baca) return
    setPesanSimpan(null)
    const r = await kerja('Menyimpan pemetaan…', () => panggil('excel-lama:pemetaan-simpan', { nama: namaSimpan, berkasToken: baca.berkasToken, pemetaan: p }))
    if (r) {
      setPesanSimpan(`Pemetaan "${r.nama}" disimpan; pilih di langkah Berkas saat mengimpor berkas berikutnya.`)
      setDaftarTersimpan(await panggil('excel-lama:pemetaan-daftar', {}))
    }
  }

  async function hapusTersimpan() {
    const t = daftarTersimpan.find((x) => String(x.id) === tersimpanId)
    if (!t) return
    const ok = await kerja('Menghapus pemetaan…', () => panggil('excel-lama:pemetaan-hapus', { id: t.id }))
    if (ok) {
      setTersimpanId('')
      setDaftarTersimpan(await panggil('excel-lama:pemetaan-daftar', {}))
    }
  }

  const masalahKolom = periksaKolom(perKolom)
  const desaBelum = cocok ? cocok.filter((d) => !petaDesa[d.kunci]).length : 0

  return (
    <DialogModal judulId={`${id}-judul`} onTutup={onTutup} lebar="lebar" kelas="dialog-excel-lama">
      <h2 id={`${id}-judul`}>Impor dari Excel lama</h2>
      <ol className="langkah-impor" aria-label="Langkah impor">
        {LANGKAH.map((l, i) => (
          <li key={l} aria-current={i === langkah ? 'step' : undefined} className={i < langkah ? 'langkah-selesai' : i === langkah ? 'langkah-kini' : ''}>
            <span className="nomor-langkah">{i + 1}</span> {l}
          </li>
        ))}
      </ol>
      <h3 className="judul-langkah" ref={judulLangkah} tabIndex={-1}>
        Langkah {langkah + 1}: {LANGKAH[langkah]}
      </h3>
      <div className="isi-langkah">
        {langkah === 0 && (
          <div className="langkah-berkas">
            <p className="petunjuk">Pilih berkas rekap mingguan buatan satuan sendiri (.xlsx), dengan judul kolom apa pun. Data baru diubah setelah pratinjau dan tombol &ldquo;Terapkan&rdquo;.</p>
            {daftarTersimpan.length > 0 && (
              <div className="bidang baris-tersimpan">
                <label htmlFor={`${id}-tersimpan`}>Pemetaan tersimpan (opsional)</label>
                <div className="baris-kendali">
                  <select id={`${id}-tersimpan`} value={tersimpanId} onChange={(e) => setTersimpanId(e.target.value)}>
                    <option value="">— tanpa pemetaan tersimpan —</option>
                    {daftarTersimpan.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.nama}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="tombol tombol-kecil" disabled={!tersimpanId || sibuk !== null} onClick={() => void hapusTersimpan()}>
                    Hapus pemetaan ini
                  </button>
                </div>
              </div>
            )}
            <PilihBerkas id={`${id}-berkas`} label="Berkas Excel lama (.xlsx)" dipilih={dipilih} sibuk={sibuk !== null} onPilih={(e) => void pilihBerkas(e)} fokusAwal />
            {hasil && <HasilTerapkan namaBerkas={hasil.namaBerkas} r={hasil.r} />}
          </div>
        )}
        {langkah === 1 && baca && <LangkahSheet baca={baca} sibuk={sibuk !== null} onSheet={(s) => void bacaUlang(s)} onBarisJudul={(n) => void bacaUlang(baca.sheetDipilih, n)} />}
        {langkah === 2 && baca && <LangkahKolom baca={baca} perKolom={perKolom} onUbah={setPerKolom} masalah={masalahKolom} />}
        {langkah === 3 && cocok && <LangkahDesa cocok={cocok} petaDesa={petaDesa} onUbah={(kunci, kode) => setPetaDesa((l) => ({ ...l, [kunci]: kode }))} />}
        {langkah === 4 && <LangkahMinggu nilai={minggu} kolom={keBidang(perKolom)} hariIni={hariIni} onUbah={setMinggu} />}
        {langkah === 5 && (
          <div className="langkah-pratinjau">
            {pratinjau && <PratinjauMingguan p={pratinjau} />}
            {hasil && <HasilTerapkan namaBerkas={hasil.namaBerkas} r={hasil.r} />}
            <div className="simpan-pemetaan">
              <label htmlFor={`${id}-nama-pemetaan`}>Simpan pemetaan ini untuk berkas berikutnya</label>
              <div className="baris-kendali">
                <input id={`${id}-nama-pemetaan`} type="text" maxLength={100} value={namaSimpan} placeholder="mis. Rekap Polsek Insana" onChange={(e) => setNamaSimpan(e.target.value)} />
                <button type="button" className="tombol" disabled={!namaSimpan.trim() || sibuk !== null} onClick={() => void simpanPemetaan()}>
                  Simpan pemetaan
                </button>
              </div>
              {pesanSimpan && <p className="teks-berhasil" role="status">{pesanSimpan}</p>}
            </div>
          </div>
        )}
      </div>
      {sibuk && <Progres teks={sibuk} />}
      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
      <div className="tombol-dialog">
        {langkah > 0 && !hasil && (
          <button type="button" className="tombol" disabled={sibuk !== null} onClick={() => setLangkah((l) => l - 1)}>
            Kembali
          </button>
        )}
        {langkah === 1 && (
          <button type="button" className="tombol tombol-utama" disabled={sibuk !== null || !baca || baca.jumlahBarisData === 0} onClick={() => setLangkah(2)}>
            Lanjut: kolom
          </button>
        )}
        {langkah === 2 && (
          <button type="button" className="tombol tombol-utama" disabled={sibuk !== null || masalahKolom.length > 0} onClick={() => void keDesa()}>
            Lanjut: desa
          </button>
        )}
        {langkah === 3 && (
          <button
            type="button"
            className="tombol tombol-utama"
            disabled={sibuk !== null}
            onClick={() => {
              setMinggu(mingguAwal(keBidang(perKolom), layar, tersimpan?.minggu))
              setLangkah(4)
            }}
          >
            Lanjut: minggu{desaBelum > 0 ? ` (${angka(desaBelum)} desa belum dipilih)` : ''}
          </button>
        )}
        {langkah === 4 && (
          <button type="button" className="tombol tombol-utama" disabled={sibuk !== null} onClick={() => void kePratinjau()}>
            Lihat pratinjau
          </button>
        )}
        {langkah === 5 && pratinjau && <TombolTerapkan p={pratinjau} sibuk={sibuk !== null} onTerapkan={() => void terapkan()} />}
        <button type="button" className="tombol" onClick={onTutup}>
          Tutup
        </button>
      </div>
    </DialogModal>
  )
}
