import { PANJANG_SANDI_MIN } from '../../../shared/pengguna'
import { ariaBidang, Bidang } from '../../components/Bidang'
import type { GalatBidang } from '../../lib/galat'
import type { AkunDraf } from './akun'

interface Props {
  akun: AkunDraf
  ubah: (a: AkunDraf) => void
  galat: GalatBidang
  /** Key prefix of the fields ("admin." in the wizard). */
  awalan?: string
}

/** Name, full name and a password typed twice: the first Admin and every new account. */
export function BidangAkun({ akun, ubah, galat, awalan = '' }: Props) {
  const k = (n: string) => `${awalan}${n}`
  const set = (n: keyof AkunDraf) => (e: React.ChangeEvent<HTMLInputElement>) => ubah({ ...akun, [n]: e.target.value })
  return (
    <>
      <Bidang kunci={k('namaLengkap')} label="Nama lengkap (beserta pangkat)" galat={galat[k('namaLengkap')]} petunjuk="Mis. BRIPKA YOSEF TAEK — tercatat di Riwayat Perubahan" lebar="sedang">
        <input {...ariaBidang(k('namaLengkap'), galat[k('namaLengkap')], true)} type="text" autoComplete="name" value={akun.namaLengkap} onChange={set('namaLengkap')} />
      </Bidang>
      <Bidang kunci={k('namaPengguna')} label="Nama pengguna" galat={galat[k('namaPengguna')]} petunjuk="Huruf kecil, angka, titik atau tanda hubung; mis. yosef.taek" lebar="sedang">
        <input
          {...ariaBidang(k('namaPengguna'), galat[k('namaPengguna')], true)}
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={akun.namaPengguna}
          onChange={set('namaPengguna')}
        />
      </Bidang>
      <div className="baris-bidang baris-sandi">
        <Bidang kunci={k('kataSandi')} label="Kata sandi" galat={galat[k('kataSandi')]} petunjuk={`Minimal ${PANJANG_SANDI_MIN} karakter; kalimat pendek lebih mudah diingat`} lebar="sedang">
          <input {...ariaBidang(k('kataSandi'), galat[k('kataSandi')], true)} type="password" autoComplete="new-password" value={akun.kataSandi} onChange={set('kataSandi')} />
        </Bidang>
        <Bidang kunci={k('ulangiSandi')} label="Ulangi kata sandi" galat={galat[k('ulangiSandi')]} lebar="sedang">
          <input {...ariaBidang(k('ulangiSandi'), galat[k('ulangiSandi')])} type="password" autoComplete="new-password" value={akun.ulangiSandi} onChange={set('ulangiSandi')} />
        </Bidang>
      </div>
    </>
  )
}
