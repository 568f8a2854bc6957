/**
 * SQL for the month ('YYYY-MM') of an ISO week's Thursday, for triggers and
 * GROUP BY. Monday of week 1 is 4 January minus its weekday offset; the week's
 * Thursday is 3 + 7·(minggu − 1) days later. Tested against shared/iso-week.ts.
 */
export function sqlBulanMinggu(tahun: string, minggu: string): string {
  const jan4 = `printf('%04d-01-04', ${tahun})`
  return `strftime('%Y-%m', date(${jan4}, printf('-%d days', (CAST(strftime('%w', ${jan4}) AS INTEGER) + 6) % 7), printf('+%d days', (${minggu} - 1) * 7 + 3)))`
}
