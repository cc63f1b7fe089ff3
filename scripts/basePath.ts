/**
 * The URL path a build is served under: "/" by default, or a school's sub-folder such as "/mang-an-toan/"
 * (`BASE_PATH=/mang-an-toan/ npm run build`). Vite's `base`, the manifest's start_url and scope, the
 * service worker's scope and offline fallback all follow from this one value (vite.config.ts,
 * scripts/pwaOptions.ts); inside the app, src/router/base.ts reads it back from import.meta.env.BASE_URL.
 */

/** Letters, digits and - . _ ~ in each folder name: nothing that needs escaping in a URL or a regex. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * "/", or "/a/b/" with exactly one slash at each end. "mang-an-toan" and "/mang-an-toan" are accepted and
 * completed; a full URL or a relative base is refused, because a service worker needs a fixed absolute
 * scope on the app's own origin.
 */
export function normaliseBasePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^\./i.test(raw)) {
    throw new Error(`BASE_PATH="${raw}" must be a path on this site such as /mang-an-toan/ (not a URL, not relative): the service worker needs a fixed scope`);
  }
  const segments = raw.split('/').filter(Boolean);
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined) {
    throw new Error(`BASE_PATH="${raw}": folder name "${bad}" may use only letters, digits and - . _ ~ (e.g. /mang-an-toan/)`);
  }
  return `/${segments.join('/')}/`;
}

/** The base path this build uses, from the environment. */
export function basePathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return normaliseBasePath(env.BASE_PATH);
}
