import type { ReactNode } from 'react'

/**
 * A horizontally scrollable box for a wide table: focusable and named, so a
 * keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function WadahGulir({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="wadah-gulir" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
