/**
 * Long work without measurable steps (copying, checking, replacing the
 * database): an indeterminate bar that says what is happening.
 */
export function Progres({ teks }: { teks: string }) {
  return (
    <div className="progres-cadangan" role="status">
      <progress aria-label={teks} />
      <span>{teks}</span>
    </div>
  )
}
