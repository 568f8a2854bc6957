/** Caps checked before any parsing (exchange-format.md, "Import rules"). */
export const BATAS = {
  /** Whole file, bytes. */
  berkas: 50 * 1024 * 1024,
  /** Any part of the zip once uncompressed, bytes. */
  bagian: 200 * 1024 * 1024,
  /** Data rows per sheet (the header row comes on top). */
  baris: 200_000,
  /** Characters per cell: Excel's own limit. */
  karakterSel: 32_767,
  /** Parts in the zip: a workbook has a few dozen; thousands mean something else. */
  jumlahBagian: 10_000,
  /** Months in one file. */
  bulan: 12,
} as const
