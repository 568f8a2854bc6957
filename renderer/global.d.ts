import type { BinmasApi } from '../shared/api'
import type { EventAplikasi } from '../shared/event'

declare global {
  interface Window {
    binmas?: BinmasApi & { dengar: (fn: (e: EventAplikasi) => void) => () => void }
  }
}
export {}
