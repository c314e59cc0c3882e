// Browser match patterns (`<scheme>://<host>[:port]<path>`) and plain hosts, matched without
// regular expressions built from user input, so no pattern can backtrack catastrophically.
// Ports: a pattern without one matches every port (`127.0.0.1`, `*://localhost/*` cover a dev server
// wherever it listens); a pattern with one matches that port only, the scheme's default port included.
// Hosts compare in punycode and paths decoded, so either spelling in pattern or URL matches.

export interface ParsedPattern {
  schemes: readonly string[];
  /** Punycode host; '' matches any host. */
  host: string;
  includeSubdomains: boolean;
  /** null matches any port. */
  port: number | null;
  /** Percent-decoded, like the URL side it is matched against. */
  path: string;
}

const ANY_WEB_SCHEME = ['http', 'https'] as const;
const KNOWN_SCHEMES = new Set(['http', 'https', 'file']);
/** What a URL without a port is served on, so `https://example.com:443/*` matches `https://example.com/`. */
const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };
const MAX_PORT = 65_535;

/** Throws an Error whose message says what is wrong with the pattern. */
export function parsePattern(pattern: string): ParsedPattern {
  const text = pattern.trim();
  if (!text) throw new Error('empty URL pattern');
  const schemeEnd = text.indexOf('://');
  if (schemeEnd === -1) return parsePlainHost(text);

  const scheme = text.slice(0, schemeEnd).toLowerCase();
  if (scheme !== '*' && !KNOWN_SCHEMES.has(scheme)) {
    throw new Error(`unsupported scheme "${scheme}" in "${text}" (use *, http, https or file)`);
  }
  const rest = text.slice(schemeEnd + 3);
  const slash = rest.indexOf('/');
  const hostPart = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/*' : decodePath(rest.slice(slash));
  const schemes = scheme === '*' ? ANY_WEB_SCHEME : [scheme];
  if (scheme === 'file') return { schemes, host: '', includeSubdomains: false, port: null, path };
  return { schemes, ...parseHost(hostPart, text), path };
}

function parsePlainHost(text: string): ParsedPattern {
  const slash = text.indexOf('/');
  const hostPart = slash === -1 ? text : text.slice(0, slash);
  const path = slash === -1 ? '/*' : decodePath(text.slice(slash));
  const host = parseHost(hostPart, text);
  // A plain host means "this site": the host itself and every subdomain.
  return { schemes: ANY_WEB_SCHEME, ...host, includeSubdomains: true, path };
}

function parseHost(hostAndPort: string, pattern: string): Pick<ParsedPattern, 'host' | 'includeSubdomains' | 'port'> {
  const { hostPart, port } = splitPort(hostAndPort, pattern);
  if (hostPart === '*') return { host: '', includeSubdomains: true, port };
  const includeSubdomains = hostPart.startsWith('*.');
  const bare = includeSubdomains ? hostPart.slice(2) : hostPart;
  if (!bare || bare.includes('*')) {
    throw new Error(`"*" may only start the host, as in *.example.com ("${pattern}")`);
  }
  let host: string;
  try {
    // Let the URL parser lower-case and punycode (IDN) the host, as it does the page's.
    host = new URL(`http://${bare}/`).hostname;
  } catch {
    throw new Error(`invalid host "${bare}" in "${pattern}"`);
  }
  return { host, includeSubdomains, port };
}

/** `host:8080` → host and 8080; an IPv6 host keeps its colons inside brackets (`[::1]:3000`). */
function splitPort(hostAndPort: string, pattern: string): { hostPart: string; port: number | null } {
  const colon = hostAndPort.lastIndexOf(':');
  if (colon === -1 || hostAndPort.lastIndexOf(']') > colon) return { hostPart: hostAndPort, port: null };
  const digits = hostAndPort.slice(colon + 1);
  const port = Number(digits);
  if (!/^\d{1,5}$/.test(digits) || port > MAX_PORT) throw new Error(`invalid port "${digits}" in "${pattern}" (write a number up to ${MAX_PORT}, or leave it out to match any port)`);
  return { hostPart: hostAndPort.slice(0, colon), port };
}

/** Pages' URLs come percent-encoded (`/%E6%96%87`); users write paths as they read them (`/文`). Compare both decoded. */
function decodePath(path: string): string {
  try {
    // decodeURI leaves reserved characters (`%2F`, `%3F`) encoded, so a path never gains a separator.
    return decodeURI(path);
  } catch {
    return path;
  }
}

export function matchesPattern(pattern: ParsedPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (!pattern.schemes.includes(scheme)) return false;
  if (scheme !== 'file' && !hostMatches(pattern, url.hostname)) return false;
  if (pattern.port !== null && pattern.port !== (url.port ? Number(url.port) : DEFAULT_PORTS[scheme])) return false;
  return globMatches(pattern.path, decodePath(url.pathname + url.search));
}

function hostMatches(pattern: ParsedPattern, hostname: string): boolean {
  if (!pattern.host) return true;
  if (hostname === pattern.host) return true;
  return pattern.includeSubdomains && hostname.endsWith(`.${pattern.host}`);
}

/** `*` matches any run of characters; linear-time two-pointer match with one backtrack point. */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let starG = -1;
  let starT = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      starG = g++;
      starT = t;
    } else if (starG !== -1) {
      g = starG + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** Hosts are at most 253 characters, so a host's length never outweighs a port, nor a path its host. */
const MAX_HOST_LENGTH = 253;
const PATH_WEIGHT_LIMIT = 999;

/**
 * Higher is more specific: an exact host beats a subdomain wildcard beats any host; then a pattern with a
 * port; then the longer host (a deeper subdomain); then the longer literal path.
 */
export function patternSpecificity(pattern: ParsedPattern): number {
  const hostScore = !pattern.host ? 0 : pattern.includeSubdomains ? 1 : 2;
  const portScore = pattern.port === null ? 0 : 1;
  const literalPath = Math.min(pattern.path.replaceAll('*', '').length, PATH_WEIGHT_LIMIT);
  const hostLength = Math.min(pattern.host.length, MAX_HOST_LENGTH);
  return ((hostScore * 2 + portScore) * (MAX_HOST_LENGTH + 1) + hostLength) * (PATH_WEIGHT_LIMIT + 1) + literalPath;
}
