// ISO 8601 in the user's own offset (`2026-11-23T19:40:05+08:00`), not UTC: a clip time
// should read as the time the user saw on their clock.
import { formatOffset } from '../template/date-value';

export function formatLocalIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${formatOffset(offsetMinutes, ':', 'Z')}`;
}
