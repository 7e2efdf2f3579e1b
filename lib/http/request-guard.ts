import { createHash, timingSafeEqual } from 'node:crypto';

/** Who may talk to the server: set from the environment at start, see README "Sharing it with a team". */
export interface GuardSettings {
  /** Host names the server answers to (`Host` header, without the port); `null` answers to any. */
  hosts: ReadonlySet<string> | null;
  /** The shared secret every request must carry, when one is set. */
  secret: string | null;
}

export interface GuardedRequest {
  method: string;
  /** Header lookup, case-insensitive as `Headers.get` is. */
  header(name: string): string | null;
}

export type Verdict =
  | { ok: true }
  | { ok: false; status: number; error: string; headers?: Record<string, string> };

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]', '::1'];
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * From `PAPERSCOPE_HOST` (the address listened on), `PAPERSCOPE_ALLOWED_HOSTS` (comma-separated names the server
 * is reached by; `*` for any) and `PAPERSCOPE_SECRET`. Loopback names are always allowed.
 */
export function guardSettings(env: Record<string, string | undefined>): GuardSettings {
  const listed = (env.PAPERSCOPE_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  const bound = env.PAPERSCOPE_HOST?.trim().toLowerCase();
  const hosts = listed.includes('*')
    ? null
    : new Set([...LOOPBACK, ...listed, ...(bound && !ANY_ADDRESS.has(bound) ? [bound] : [])]);
  return { hosts, secret: env.PAPERSCOPE_SECRET || null };
}

/** `example.org:3000` → `example.org`; `[::1]:3000` → `[::1]`. */
function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name.toLowerCase();
}

function sameSecret(given: string, secret: string): boolean {
  // Digests have one length, so the comparison takes the same time whatever was sent.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** The secret a request carries: `Authorization: Bearer SECRET`, or Basic with any user name and SECRET. */
function givenSecret(authorization: string | null): string | null {
  if (!authorization) return null;
  const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return null;
}

/**
 * Whether to answer a request. A `Host` the server is not reached by is refused (another site's name pointed at
 * this machine); a state-changing request from a page of another origin is refused (a form or a fetch on a site
 * the reader has open); with a shared secret set, a request without it is asked for it.
 */
export function checkRequest(request: GuardedRequest, settings: GuardSettings): Verdict {
  const host = request.header('host');
  if (settings.hosts && host && !settings.hosts.has(hostName(host))) {
    return {
      ok: false,
      status: 421,
      error: `This server does not answer to the host "${hostName(host).slice(0, 100)}". Add it to PAPERSCOPE_ALLOWED_HOSTS to reach the server by that name.`,
    };
  }

  if (settings.secret) {
    const given = givenSecret(request.header('authorization'));
    if (given === null || !sameSecret(given, settings.secret)) {
      return {
        ok: false,
        status: 401,
        error: 'This Paperscope asks for its shared secret (PAPERSCOPE_SECRET) as the password.',
        headers: { 'www-authenticate': 'Basic realm="Paperscope", charset="UTF-8"' },
      };
    }
  }

  if (!SAFE_METHODS.has(request.method.toUpperCase())) {
    // Browsers say where a request comes from; scripts and curl send neither header, and are not a page's victim.
    const site = request.header('sec-fetch-site');
    const origin = request.header('origin');
    const crossSite = site !== null && site !== 'same-origin' && site !== 'none';
    let crossOrigin = false;
    if (origin !== null) {
      try {
        crossOrigin = origin === 'null' || new URL(origin).host.toLowerCase() !== host?.toLowerCase();
      } catch {
        crossOrigin = true;
      }
    }
    if (crossSite || crossOrigin) {
      return {
        ok: false,
        status: 403,
        error:
          'A page of another site cannot change data here. Use Paperscope in its own tab, or call the API without a browser.',
      };
    }
  }
  return { ok: true };
}
