/**
 * The path the app is served under: "/" on localhost, or e.g. "/mang-an-toan/" when a school hosts it in
 * a sub-folder (`BASE_PATH=/mang-an-toan/ npm run build`, which sets Vite's `base`). Routes are written
 * without it; it is added when a URL is built and removed when one is parsed.
 */
const base = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '');

export const appBase = {
  /** "" for the root, else e.g. "/mang-an-toan" (no trailing slash). */
  prefix: base,
  add(path: string): string {
    return base + path;
  },
  /** The path inside the app, or undefined for a path outside the base. */
  strip(pathname: string): string | undefined {
    if (!base) return pathname;
    if (pathname === base) return '/';
    return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
  },
};
