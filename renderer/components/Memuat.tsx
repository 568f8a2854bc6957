/** A quiet loading line; screen readers hear it through role="status". */
export function Memuat({ teks = 'Memuat data…' }: { teks?: string }) {
  return (
    <p className="memuat" role="status">
      {teks}
    </p>
  )
}
