export { adalahContoh, BENIH_CONTOH, hapusContoh, muatContoh } from './muat'
