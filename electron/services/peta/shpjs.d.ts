/** The two parsers of shpjs 6.2.0 used here (the package ships no types). */
declare module 'shpjs' {
  /** Geometries of a .shp, reprojected to WGS 84 with proj4 when the .prj text is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string): unknown[]
  /** Attribute rows of a .dbf, decoded with the .cpg code page when given. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Record<string, unknown>[]
}
