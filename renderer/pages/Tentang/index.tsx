import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { angkaAtauKosong } from '../../lib/tampil'

/** "Tentang": the version and the credit the ODbL asks for. Plain text, no outside links. */
export function Tentang() {
  const tentang = useMuat(() => panggil('sistem:tentang', {}), [])
  return (
    <section aria-labelledby="judul-tentang">
      <h1 id="judul-tentang">Tentang Binmas Desk</h1>
      {tentang.galat && <Pemberitahuan jenis="galat">{tentang.galat}</Pemberitahuan>}
      {!tentang.data && !tentang.galat && <Memuat />}
      {tentang.data && (
        <div className="kartu kartu-teks">
          <p>
            Binmas Desk versi <strong>{tentang.data.versiAplikasi}</strong> — aplikasi Sat Binmas Polres.
          </p>
          <h2>Sumber data wilayah</h2>
          <p>
            Data wilayah: {tentang.data.sumberWilayah.paket} {tentang.data.sumberWilayah.versi}, Open Database License (ODbL) v1.0, bersumber dari Kemendagri.
          </p>
          <dl className="daftar-ringkasan daftar-angka">
            <dt>Provinsi</dt>
            <dd>{angkaAtauKosong(tentang.data.sumberWilayah.jumlahProvinsi)}</dd>
            <dt>Kabupaten/kota</dt>
            <dd>{angkaAtauKosong(tentang.data.sumberWilayah.jumlahKabupaten)}</dd>
            <dt>Kecamatan</dt>
            <dd>{angkaAtauKosong(tentang.data.sumberWilayah.jumlahKecamatan)}</dd>
            <dt>Desa/kelurahan</dt>
            <dd>{angkaAtauKosong(tentang.data.sumberWilayah.jumlahDesa)}</dd>
          </dl>
        </div>
      )}
    </section>
  )
}
