// parseSettingsFile reports every problem of a rejected file in one message, "Invalid settings file:
// <where>: <what>; <where>: <what>". The page lists them one per line; a "; " inside a problem's own
// text is not a break, since a break is always followed by the next problem's path and a colon.
const PREFIX = 'Invalid settings file: ';
const NEXT_PROBLEM = /; (?=[^\s:;]+: )/;

export function settingsFileProblems(message: string): string[] {
  const detail = message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message;
  return detail.split(NEXT_PROBLEM);
}
