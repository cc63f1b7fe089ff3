/**
 * Renders public/favicon.svg into the PNG icons the web app manifest lists, with Debian's Chromium.
 * Run by hand when the logo changes (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from './content/config.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const svg = fs.readFileSync(path.join(PROJECT_ROOT, 'public/favicon.svg'), 'utf8');
const icons = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  // Maskable icons are cropped to a circle by some launchers: keep the logo in the inner 80%.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, padding } of icons) {
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:#1b5e8c;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: path.join(PROJECT_ROOT, 'public/icons', file), omitBackground: false });
}
await browser.close();
console.log(`wrote ${icons.length} icons`);
