import L from 'leaflet'
import 'leaflet/dist/leaflet.css'
import { useEffect, useMemo, useRef } from 'react'
import type { DataPeta, DesaDataPeta } from '../../../electron/services/peta/data'
import { LABEL_KATEGORI_KEJADIAN, LABEL_TINGKAT } from '../../../shared/kejadian'
import { formatAngka } from '../../../shared/format'
import { bboxGeometri, garisLuarKelompok, type GeometriBatas, titikLabel } from '../../../shared/peta/geometri'
import { singkatNama } from '../../../shared/peta/tata-letak'
import { LABEL_TANPA_NILAI, warnaKategori } from '../../../shared/warna-kategori'

/**
 * "Peta batas wilayah": the desa boundaries (or points) on a Leaflet map with
 * no tile layer at all — the app is offline and its CSP forbids remote
 * content. Paths are drawn by Leaflet's SVG renderer, one per desa, carrying
 * data-kode / data-kategori. Keyboard: the map pans and zooms with the arrow
 * and +/− keys, and the desa list beside it holds one link per desa that
 * highlights the desa on the map and opens its IKDK detail.
 */

export interface LapisanPeta {
  kejadian: boolean
  posKamling: boolean
}

interface Props {
  data: DataPeta
  lapisan: LapisanPeta
  alamatDesa: (kode: string) => string
  /** The desa the list has focus on, highlighted on the map. */
  sorot: string | null
  /** With "Bandingkan": desa whose category changed, with its direction and what it was. */
  perubahan?: ReadonlyMap<string, { arah: 'membaik' | 'memburuk' | 'berubah'; teks: string }> | null
}

const TANDA_ARAH = { membaik: '▲', memburuk: '▼', berubah: '◆' } as const

const ARSIR = 'url(#peta-arsir)'
const PERINGKAT_TINGKAT: Record<string, number> = { potensi: 1, ambang: 2, nyata: 3 }

/** Where the layers of a desa go: its point, else the middle of its boundary. */
export function lokasiDesa(d: Pick<DesaDataPeta, 'lintang' | 'bujur' | 'batas'>): [number, number] | null {
  if (d.lintang !== null && d.bujur !== null) return [d.lintang, d.bujur]
  if (d.batas) {
    const [x, y] = titikLabel(d.batas)
    return [y, x]
  }
  return null
}

export function teksDesa(d: DesaDataPeta): string {
  const nilai = d.nilai === null ? '' : `IKDK ${formatAngka(d.nilai, 1)} — `
  return `${nilai}${d.kategori ?? LABEL_TANPA_NILAI}${d.rendah ? ' (keyakinan rendah)' : ''}`
}

function elemen(tag: string, kelas: string, teks?: string): HTMLElement {
  const e = document.createElement(tag)
  e.className = kelas
  if (teks !== undefined) e.textContent = teks
  return e
}

function isiTooltip(d: DesaDataPeta, tambahan: string[] = []): HTMLElement {
  const w = elemen('div', 'tooltip-desa')
  w.append(elemen('strong', '', d.nama), elemen('div', 'redup', `Kec. ${d.kecamatanNama}`), elemen('div', '', teksDesa(d)))
  for (const t of tambahan) w.append(elemen('div', '', t))
  return w
}

const keLatLng = (g: GeometriBatas): L.LatLngExpression[][][] =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) => p.map((c) => c.map(([x, y]) => [y, x] as [number, number])))

function gayaPoligon(d: DesaDataPeta, urutan: readonly string[], sorot: boolean): L.PathOptions {
  const w = warnaKategori(d.kategori, urutan)
  return {
    fillColor: d.kategori === null ? ARSIR : w,
    fillOpacity: d.kategori === null ? 1 : d.rendah ? 0.35 : 0.85,
    color: sorot ? '#1b1f24' : '#ffffff',
    weight: sorot ? 4 : 1,
    dashArray: d.rendah && !sorot ? '4 3' : undefined,
  }
}

function gayaTitik(d: DesaDataPeta, urutan: readonly string[], sorot: boolean): L.CircleMarkerOptions {
  const w = warnaKategori(d.kategori, urutan)
  // Low confidence: hollow (ui.md).
  return {
    radius: sorot ? 10 : 7,
    fillColor: d.kategori === null ? ARSIR : d.rendah ? '#ffffff' : w,
    fillOpacity: 1,
    color: sorot ? '#1b1f24' : d.kategori === null ? '#57606a' : d.rendah ? w : '#ffffff',
    weight: sorot ? 3 : 2,
  }
}

export function PetaWilayah({ data, lapisan, alamatDesa, sorot, perubahan = null }: Props) {
  const wadah = useRef<HTMLDivElement>(null)
  const peta = useRef<L.Map | null>(null)
  const lapisanDesa = useRef(new Map<string, { layer: L.Path; d: DesaDataPeta; titik: boolean }>())
  const urutan = data.urutanKategori

  const kejadianPerDesa = useMemo(() => {
    const m = new Map<string, { jumlah: number; tingkat: string; rincian: string[] }>()
    for (const k of data.kejadian) {
      const x = m.get(k.desaKode) ?? { jumlah: 0, tingkat: 'potensi', rincian: [] }
      x.jumlah += k.jumlah
      if ((PERINGKAT_TINGKAT[k.tingkat] ?? 0) > (PERINGKAT_TINGKAT[x.tingkat] ?? 0)) x.tingkat = k.tingkat
      x.rincian.push(`${k.jumlah} ${LABEL_KATEGORI_KEJADIAN[k.kategori as keyof typeof LABEL_KATEGORI_KEJADIAN] ?? k.kategori} (${(LABEL_TINGKAT[k.tingkat as keyof typeof LABEL_TINGKAT] ?? k.tingkat).toLowerCase()})`)
      m.set(k.desaKode, x)
    }
    return m
  }, [data.kejadian])

  // The map itself: once per mount.
  useEffect(() => {
    const m = L.map(wadah.current!, { zoomControl: false, attributionControl: false, zoomSnap: 0.25, keyboard: true, minZoom: 6, maxZoom: 16 })
    L.control.zoom({ zoomInTitle: 'Perbesar', zoomOutTitle: 'Perkecil' }).addTo(m)
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(m)
    // A view at once: Leaflet defers adding layers to a map without one, and the paths need their data-* now.
    m.setView([-2.5, 118], 5)
    peta.current = m
    return () => {
      m.remove()
      peta.current = null
    }
  }, [])

  // Desa, kecamatan outlines, labels and layers: redrawn when the month, Polsek or layers change.
  useEffect(() => {
    const m = peta.current!
    const grup = L.featureGroup().addTo(m)
    const label: { tip: L.Tooltip; d: DesaDataPeta; teks: string }[] = []
    lapisanDesa.current.clear()
    const perKec = new Map<string, GeometriBatas[]>()
    for (const d of data.desa) {
      let layer: L.Path | null = null
      let titik = false
      if (d.batas) {
        layer = L.polygon(keLatLng(d.batas), { ...gayaPoligon(d, urutan, false), className: 'desa-batas' })
        perKec.set(d.kecamatanKode, [...(perKec.get(d.kecamatanKode) ?? []), d.batas])
      } else if (d.lintang !== null && d.bujur !== null) {
        layer = L.circleMarker([d.lintang, d.bujur], { ...gayaTitik(d, urutan, false), className: 'desa-titik' })
        titik = true
      }
      if (!layer) continue
      const ubah = perubahan?.get(d.kode)
      layer.bindTooltip(() => isiTooltip(d, ubah ? [`Kategori ${ubah.teks}`] : []), { sticky: true, direction: 'top', className: 'tooltip-peta' })
      layer.on('click', () => {
        window.location.hash = alamatDesa(d.kode)
      })
      layer.addTo(grup)
      const el = layer.getElement()
      el?.setAttribute('data-kode', d.kode)
      el?.setAttribute('data-kategori', d.kategori ?? '-')
      lapisanDesa.current.set(d.kode, { layer, d, titik })
    }
    for (const [kec, g] of perKec) {
      const garis = garisLuarKelompok(g).map(([a, b]) => [
        [a[1], a[0]],
        [b[1], b[0]],
      ]) as L.LatLngExpression[][]
      const pl = L.polyline(garis, { color: '#1b1f24', weight: 2.5, interactive: false, className: 'garis-kecamatan' }).addTo(grup)
      pl.getElement()?.setAttribute('data-kecamatan', kec)
    }
    for (const d of data.desa) {
      if (!d.batas) continue
      const [x, y] = titikLabel(d.batas)
      const teks = singkatNama(d.nama)
      const tip = L.tooltip({ permanent: true, direction: 'center', className: 'label-desa', interactive: false }).setLatLng([y, x]).setContent(teks)
      label.push({ tip, d, teks })
    }
    // A name only where it fits inside its own desa at the current zoom.
    const aturLabel = () => {
      for (const { tip, d, teks } of label) {
        const b = bboxGeometri(d.batas!)
        const p0 = m.latLngToLayerPoint([b[1], b[0]])
        const p1 = m.latLngToLayerPoint([b[3], b[2]])
        const muat = Math.abs(p1.x - p0.x) > teks.length * 6.5 + 4 && Math.abs(p1.y - p0.y) > 16
        if (muat && !m.hasLayer(tip)) tip.addTo(m)
        else if (!muat && m.hasLayer(tip)) tip.remove()
      }
    }
    const lapis = L.layerGroup()
    for (const d of data.desa) {
      const lok = lokasiDesa(d)
      if (!lok) continue
      const ubah = perubahan?.get(d.kode)
      if (ubah) {
        // The ▲/▼ of the tiles, beside the desa: changes since the previous month stand out on the map too.
        const el = elemen('span', `tanda-berubah arah-${ubah.arah}`, TANDA_ARAH[ubah.arah])
        el.setAttribute('data-kode', d.kode)
        L.marker(lok, { icon: L.divIcon({ html: el, className: 'ikon-lapisan', iconSize: [18, 18], iconAnchor: [-5, 9] }), keyboard: false, title: '' })
          .bindTooltip(() => isiTooltip(d, [`Kategori ${ubah.teks}`]), { direction: 'top', className: 'tooltip-peta' })
          .addTo(lapis)
      }
      const kj = kejadianPerDesa.get(d.kode)
      if (lapisan.kejadian && kj) {
        const el = elemen('span', `tanda-kejadian tingkat-${kj.tingkat}`, String(kj.jumlah))
        el.setAttribute('data-kode', d.kode)
        L.marker(lok, { icon: L.divIcon({ html: el, className: 'ikon-lapisan', iconSize: [22, 22], iconAnchor: [-4, 24] }), keyboard: false, title: '' })
          .bindTooltip(() => isiTooltip(d, [`Kejadian ${formatAngka(kj.jumlah, 0)}: ${kj.rincian.join(', ')}`]), { direction: 'top', className: 'tooltip-peta' })
          .addTo(lapis)
      }
      if (lapisan.posKamling && d.posKamlingTotal !== null && d.posKamlingTotal > 0) {
        const aktif = d.posKamlingAktif
        const el = elemen('span', 'tanda-pos', `${aktif ?? '?'}/${d.posKamlingTotal}`)
        el.setAttribute('data-kode', d.kode)
        L.marker(lok, { icon: L.divIcon({ html: el, className: 'ikon-lapisan', iconSize: [34, 18], iconAnchor: [38, 22] }), keyboard: false, title: '' })
          .bindTooltip(() => isiTooltip(d, [`Pos kamling aktif ${aktif === null ? 'belum dilaporkan' : formatAngka(aktif, 0)} dari ${formatAngka(d.posKamlingTotal, 0)}`]), { direction: 'top', className: 'tooltip-peta' })
          .addTo(lapis)
      }
    }
    lapis.addTo(m)
    const batas = grup.getBounds()
    if (batas.isValid()) m.fitBounds(batas, { padding: [16, 16] })
    else m.setView([-2.5, 118], 5)
    // Far out, the pos kamling badges shrink to dots (their numbers stay in the tooltip).
    const aturJauh = () => m.getContainer().classList.toggle('zoom-jauh', m.getZoom() < 11)
    aturLabel()
    aturJauh()
    m.on('zoomend', aturLabel)
    m.on('zoomend', aturJauh)
    return () => {
      m.off('zoomend', aturLabel)
      m.off('zoomend', aturJauh)
      for (const l of label) l.tip.remove()
      grup.remove()
      lapis.remove()
    }
  }, [data, urutan, lapisan.kejadian, lapisan.posKamling, kejadianPerDesa, alamatDesa, perubahan])

  // Highlight of the desa focused in the list.
  useEffect(() => {
    const x = sorot ? lapisanDesa.current.get(sorot) : undefined
    if (!x) return
    const { layer, d, titik } = x
    layer.setStyle(titik ? gayaTitik(d, urutan, true) : gayaPoligon(d, urutan, true))
    if ('bringToFront' in layer) layer.bringToFront()
    const pusat = titik ? (layer as L.CircleMarker).getLatLng() : (layer as L.Polygon).getBounds().getCenter()
    // A desa chosen from the list is brought into view, at the current zoom.
    const m = peta.current
    if (m && !m.getBounds().contains(pusat)) m.panTo(pusat, { animate: false })
    layer.openTooltip(pusat)
    return () => {
      layer.setStyle(titik ? gayaTitik(d, urutan, false) : gayaPoligon(d, urutan, false))
      layer.closeTooltip()
    }
  }, [sorot, data, urutan])

  return (
    <div className="peta-wilayah-wadah">
      {/* The hatch of "no value", referenced by the map's paths as url(#peta-arsir). */}
      <svg width="0" height="0" className="defs-peta" aria-hidden="true" focusable="false">
        <defs>
          <pattern id="peta-arsir" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#eef1f4" />
            <rect width="2" height="6" fill="#a8b1bb" />
          </pattern>
        </defs>
      </svg>
      <div
        ref={wadah}
        className="peta-wilayah"
        role="region"
        aria-label="Peta batas wilayah: geser dengan tombol panah, perbesar dan perkecil dengan + dan −; daftar desa di sebelahnya untuk membuka rincian"
      />
    </div>
  )
}
