export { StatusKiriman } from './StatusKiriman'
export { RekapPolda } from './RekapPolda'
export { BukanPolda } from './BukanPolda'
