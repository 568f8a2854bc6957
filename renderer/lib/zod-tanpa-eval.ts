import { z } from 'zod'

// The CSP forbids eval. Zod probes for it when each object schema is built,
// which logs a CSP violation, so this must run before any schema module loads:
// main.tsx imports this file first.
z.config({ jitless: true })
