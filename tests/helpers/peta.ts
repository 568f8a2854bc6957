import type { Aplikasi } from '../../electron/services/aplikasi'
import type { Konteks, Sesi } from '../../electron/services/konteks'

const ADMIN: Sesi = { pengguna: 'admin', peran: 'admin' }

/** The handler context dispatch builds, for calling a service function directly (svgPetaRawan). */
export function konteksUji(app: Aplikasi): Konteks {
  return {
    get bd() {
      return app.bd
    },
    sesi: ADMIN,
    folderData: app.opsi.folderData,
    kirimEvent: (e) => app.kirimEvent(e),
    platform: app.opsi.platform,
    hariIni: () => app.hariIni(),
    versiAplikasi: app.opsi.versiAplikasi,
    galatDb: app.galatDb,
    versiSkemaDb: () => app.versiSkemaDb(),
    cadangkan: (alasan) => app.cadangkan(alasan),
    gantiBasisdata: (sumber) => app.gantiBasisdata(sumber),
  }
}

/** ui.md's category colours, written out here so a test never takes them from the code under test. */
export const WARNA_UI: Record<string, string> = { Aman: '#1a7f37', Waspada: '#b58100', Rawan: '#d4670b', 'Sangat Rawan': '#b42318' }

/** A square boundary (GeoJSON Polygon, counter-clockwise) of side `sisi` degrees with its south-west corner at (bujur, lintang). */
export function persegi(bujur: number, lintang: number, sisi = 0.02): { type: 'Polygon'; coordinates: [number, number][][] } {
  const r = (v: number) => Math.round(v * 1e5) / 1e5
  return {
    type: 'Polygon',
    coordinates: [
      [
        [r(bujur), r(lintang)],
        [r(bujur + sisi), r(lintang)],
        [r(bujur + sisi), r(lintang + sisi)],
        [r(bujur), r(lintang + sisi)],
        [r(bujur), r(lintang)],
      ],
    ],
  }
}
