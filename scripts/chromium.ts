/**
 * Debian's Chromium, which the e2e tests and tools drive with playwright-core (no browser download is
 * possible on these machines). The flags keep a headless Chromium from calling Google's services.
 */
import fs from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function findChromium(): string | undefined {
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error(
      "Chromium not found (looked for /usr/bin/chromium). Install Debian's browser: sudo apt-get update && sudo apt-get install -y chromium — or set CHROMIUM_PATH.",
    );
  }
  return found;
}
