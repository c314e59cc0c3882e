// ISO 8601 in the user's own offset (`2026-11-23T19:40:05+08:00`), not UTC: a clip time
// should read as the time the user saw on their clock.

export function formatLocalIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  const stamp = shifted.toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${stamp}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${stamp}${sign}${hours}:${minutes}`;
}
