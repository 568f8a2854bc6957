import { z } from 'zod'

// Zod's own Indonesian locale for the generic messages; field-specific
// messages are written next to each schema.
z.config(z.locales.id())

export { z }
