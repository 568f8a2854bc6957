/** Channel names of the Polda exchange (Pertukaran Data), kept apart so that area grows on its own. */
export const NAMA_KANAL_PERTUKARAN = [] as const
