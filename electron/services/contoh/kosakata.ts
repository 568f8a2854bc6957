import type { KategoriKejadian } from '../../../shared/ikdk/fields'

/** Names common in Timor Tengah Utara, for plausible demo personnel. */
export const NAMA_DEPAN = ['YOHANES', 'MARSELINUS', 'FRANSISKUS', 'AGUSTINUS', 'KORNELIS', 'YOSEF', 'PETRUS', 'ALOYSIUS', 'SEBASTIANUS', 'DOMINIKUS', 'YULIUS', 'ANTONIUS', 'BERNARDUS', 'GREGORIUS', 'MIKHAEL', 'STEFANUS', 'VINSENSIUS', 'ROBERTUS', 'YAKOBUS', 'EMANUEL', 'MARIA', 'YULIANA', 'MAGDALENA', 'ROSALIA']
export const NAMA_BELAKANG = ['BANA', 'TAEK', 'SANAM', 'KEFI', 'NAITIO', 'OKI', 'KOLO', 'TEFA', 'ATOLAN', 'SILA', 'LAKE', 'NINO', 'ABI', 'BRIA', 'SERAN', 'MANEK', 'NAHAK', 'TAHU', 'SIKI', 'AMFOTIS', 'NENO', 'TALAN', 'SALEM', 'FALLO', 'USBOKO', 'ANUNUT']

/** Typical incident descriptions per category (Indonesian, as a Bhabinkamtibmas would write). */
export const URAIAN: Record<KategoriKejadian, readonly string[]> = {
  tindak_pidana: ['Pencurian ternak sapi milik warga', 'Penganiayaan ringan akibat pengaruh minuman keras', 'Pencurian sepeda motor di depan rumah warga'],
  konflik_sosial: ['Perkelahian antarpemuda dua dusun saat acara pesta', 'Ketegangan antarwarga terkait hasil pemilihan kepala dusun'],
  konflik_agraria: ['Sengketa batas tanah ulayat antara dua suku', 'Saling klaim lahan kebun antarwarga'],
  penimbunan: ['Dugaan penimbunan pupuk bersubsidi oleh pengecer', 'Dugaan penimbunan minyak tanah menjelang hari raya'],
  distribusi_pangan: ['Keterlambatan distribusi beras bantuan pangan', 'Antrean panjang penyaluran pupuk bersubsidi di kios tani'],
  unjuk_rasa: ['Warga menyampaikan aspirasi terkait dana desa di kantor desa', 'Aksi damai menolak rencana tambang'],
  hoaks: ['Beredar pesan berantai hoaks penculikan anak di grup WhatsApp', 'Informasi palsu tentang kecurangan pemilihan di media sosial'],
  narkoba: ['Informasi peredaran obat keras tanpa izin di kalangan pemuda'],
  kenakalan_remaja: ['Balap liar sepeda motor pada malam hari', 'Remaja mabuk dan membuat keributan di jalan desa'],
  bencana: ['Banjir merendam lahan persawahan warga', 'Tanah longsor menutup akses jalan desa', 'Angin kencang merusak atap rumah warga'],
  laka_lantas: ['Kecelakaan tunggal sepeda motor di jalan desa', 'Tabrakan sepeda motor dengan pejalan kaki'],
  lainnya: ['Warga melaporkan kehilangan dokumen kependudukan', 'Orang dengan gangguan jiwa meresahkan warga'],
}
