/** Polri ranks from low to high (domain.md). */
export const PANGKAT = [
  'BRIPDA',
  'BRIPTU',
  'BRIGPOL',
  'BRIPKA',
  'AIPDA',
  'AIPTU',
  'IPDA',
  'IPTU',
  'AKP',
  'KOMPOL',
  'AKBP',
  'KOMBES POL',
  'BRIGJEN POL',
  'IRJEN POL',
] as const
export type Pangkat = (typeof PANGKAT)[number]
