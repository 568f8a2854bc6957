import { tentukanFolderData } from '../services/aplikasi'
import { mulaiHost } from './server'

/** `npm run web`: the same app in the browser, on loopback, with a random token. */
const folderData = tentukanFolderData()
const port = process.env.BINMAS_PORT ? Number(process.env.BINMAS_PORT) : 0
const host = await mulaiHost({ folderData, port, hariIni: process.env.BINMAS_HARI_INI })
if (host.app.galatDb) console.error(`Peringatan: ${host.app.galatDb.pesan}`)
console.log('Binmas Desk (mode peramban, hanya komputer ini)')
console.log(`Folder data : ${folderData}`)
console.log(`Buka alamat : ${host.url}`)
console.log('Tekan Ctrl+C untuk berhenti.')
const berhenti = () => void host.tutup().then(() => process.exit(0))
process.on('SIGINT', berhenti)
process.on('SIGTERM', berhenti)
