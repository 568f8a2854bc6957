/** The schematic layout is shared with the static map of the Anev report (electron/services/peta/statis.ts). */
export * from '../../../shared/peta/tata-letak'
