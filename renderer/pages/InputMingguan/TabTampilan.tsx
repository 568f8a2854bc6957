import type { KeyboardEvent } from 'react'

export type Tab = 'isian' | 'kelengkapan'
const TAB: { id: Tab; label: string }[] = [
  { id: 'isian', label: 'Isi laporan' },
  { id: 'kelengkapan', label: 'Kelengkapan & rekap' },
]

/** Two tabs (WAI-ARIA tabs pattern: arrows move between them, one Tab stop). */
export function TabTampilan({ tab, onUbah }: { tab: Tab; onUbah: (t: Tab) => void }) {
  function tekan(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const lain = tab === 'isian' ? 'kelengkapan' : 'isian'
    onUbah(lain)
    document.getElementById(`tab-${lain}`)?.focus()
  }
  return (
    <div role="tablist" aria-label="Tampilan Input Mingguan" className="tab-mingguan">
      {TAB.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onUbah(t.id)}
          onKeyDown={tekan}
        >
          {t.label}
        </button>
      ))}
    </div>
  )
}
