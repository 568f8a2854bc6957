import type { z } from 'zod'
import { PERAN, type Peran } from './skema-data'

/** One channel of the API contract: input and output schemas and the roles allowed to call it. */
export interface DefinisiKanal {
  input: z.ZodType
  output: z.ZodType
  peran: readonly Peran[]
}

/** Everyone may read; Admin and Operator may change data; some actions are Admin only. */
export const SEMUA = PERAN
export const PENGUBAH = ['admin', 'operator'] as const
export const ADMIN = ['admin'] as const
