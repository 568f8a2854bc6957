/**
 * Output types of the IKDK read channels, derived from the services that
 * produce them so the renderer and the backend cannot drift apart.
 */
export type HasilTabelIkdk = Awaited<ReturnType<typeof import('../electron/services/ikdk/baca').tabelIkdkBulan>>
export type HasilRincianIkdk = Awaited<ReturnType<typeof import('../electron/services/ikdk/baca').rincianIkdk>>
export type HasilPeringatan = { bulan: string; peringatan: Awaited<ReturnType<typeof import('../electron/services/ikdk/peringatan').peringatanBulan>> }
export type HasilSensitivitas = Awaited<ReturnType<typeof import('../electron/services/ikdk/sensitivitas').sensitivitasBulan>>
export type HasilBeranda = Awaited<ReturnType<typeof import('../electron/services/ikdk/beranda').ringkasanBeranda>>
export type HasilDaftarSkema = Awaited<ReturnType<typeof import('../electron/services/ikdk/skema-kelola').daftarSkema>>
export type HasilPratinjauSkema = Awaited<ReturnType<typeof import('../electron/services/ikdk/skema-kelola').pratinjauSkema>>
