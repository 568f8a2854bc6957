/** "N/A" with its reason on hover (title) and for screen readers. */
export function NilaiNA({ alasan }: { alasan?: string | undefined }) {
  return (
    <span className="nilai-na" title={alasan ?? 'Tidak tersedia'}>
      N/A
      {alasan && <span className="sr-only"> ({alasan})</span>}
    </span>
  )
}
