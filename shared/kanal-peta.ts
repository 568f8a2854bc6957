/** Channel names of Peta Rawan (boundaries, points, the map of a month), kept apart so that area grows on its own. */
export const NAMA_KANAL_PETA = ['peta:data', 'peta:svg', 'peta:batas-pratinjau', 'peta:batas-simpan', 'peta:batas-hapus', 'peta:titik-pratinjau', 'peta:titik-simpan'] as const
