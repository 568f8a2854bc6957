export { bacaSatker } from './baca'
export { simpanSetup } from './simpan'
export { validasiSetup } from './validasi'
