export { bacaDataPeta, type DataPeta, type DesaDataPeta } from './data'
export { modePeta, svgPetaRawan, type ModePeta } from './statis'
