export { catatAudit, selisih, type EntriAudit } from './catat'
export { riwayatAudit } from './riwayat'
