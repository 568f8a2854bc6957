import { tentukanFolderData } from '../services/aplikasi'
import { buatPlatformPeramban } from './cetak-peramban'
import { mulaiHost } from './server'

/**
 * `npm run web`: the same app in the browser, on loopback, with a random token.
 * Every user logs in: the host's code-only test session is never set here.
 */
const folderData = tentukanFolderData()
const port = process.env.BINMAS_PORT ? Number(process.env.BINMAS_PORT) : 0
// Printing (Laporan Anev) through a local Chromium/Chrome/Edge when there is one.
const platform = buatPlatformPeramban()
const host = await mulaiHost({ folderData, port, hariIni: process.env.BINMAS_HARI_INI, platform })
if (host.app.galatDb) console.error(`Peringatan: ${host.app.galatDb.pesan}`)
console.log('Binmas Desk (mode peramban, hanya komputer ini)')
console.log(`Folder data : ${folderData}`)
console.log(`Buka alamat : ${host.url}`)
console.log('Tekan Ctrl+C untuk berhenti.')
const berhenti = () => void Promise.all([host.tutup(), platform.tutup()]).then(() => process.exit(0))
process.on('SIGINT', berhenti)
process.on('SIGTERM', berhenti)
