// Browser match patterns (`<scheme>://<host><path>`) and plain hosts, matched without
// regular expressions built from user input, so no pattern can backtrack catastrophically.

export interface ParsedPattern {
  schemes: readonly string[];
  /** Punycode host; '' matches any host. */
  host: string;
  includeSubdomains: boolean;
  path: string;
}

const ANY_WEB_SCHEME = ['http', 'https'] as const;
const KNOWN_SCHEMES = new Set(['http', 'https', 'file']);

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
  const path = slash === -1 ? '/*' : rest.slice(slash);
  const schemes = scheme === '*' ? ANY_WEB_SCHEME : [scheme];
  if (scheme === 'file') return { schemes, host: '', includeSubdomains: false, path };
  return { schemes, ...parseHost(hostPart, text), path };
}

function parsePlainHost(text: string): ParsedPattern {
  const slash = text.indexOf('/');
  const hostPart = slash === -1 ? text : text.slice(0, slash);
  const path = slash === -1 ? '/*' : text.slice(slash);
  const host = parseHost(hostPart, text);
  // A plain host means "this site": the host itself and every subdomain.
  return { schemes: ANY_WEB_SCHEME, host: host.host, includeSubdomains: true, path };
}

function parseHost(hostPart: string, pattern: string): Pick<ParsedPattern, 'host' | 'includeSubdomains'> {
  if (hostPart === '*') return { host: '', includeSubdomains: true };
  const includeSubdomains = hostPart.startsWith('*.');
  const bare = includeSubdomains ? hostPart.slice(2) : hostPart;
  if (!bare || bare.includes('*')) {
    throw new Error(`"*" may only start the host, as in *.example.com ("${pattern}")`);
  }
  let host: string;
  try {
    // Let the URL parser lower-case, punycode (IDN) and drop any port.
    host = new URL(`http://${bare}/`).hostname;
  } catch {
    throw new Error(`invalid host "${bare}" in "${pattern}"`);
  }
  return { host, includeSubdomains };
}

export function matchesPattern(pattern: ParsedPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (!pattern.schemes.includes(scheme)) return false;
  if (scheme !== 'file' && !hostMatches(pattern, url.hostname)) return false;
  return globMatches(pattern.path, url.pathname + url.search);
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

/** Higher is more specific: an exact host beats a subdomain wildcard beats any host; then longer literal paths. */
export function patternSpecificity(pattern: ParsedPattern): number {
  const hostScore = !pattern.host ? 0 : pattern.includeSubdomains ? 1 : 2;
  const literalPath = pattern.path.replaceAll('*', '').length;
  return hostScore * 1_000_000 + pattern.host.length * 1_000 + literalPath;
}
