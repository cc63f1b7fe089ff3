/**
 * Lighthouse performance audits of a built app served locally, with Debian's Chromium: mobile (the
 * default config: simulated slow 4G and 4× CPU slow-down) and desktop (Lighthouse's desktop preset),
 * several runs per page, each from empty storage. Part of `npm run bench`; scores vary from run to run,
 * so never a test.
 *
 * Two harnesses, reported side by side (issue 21): the node API driving one Chromium for every run
 * (runLighthouse), and the `lighthouse` command as anyone would run it (runLighthouseCli): its default
 * mobile settings, a fresh Chromium per run, against a plain static server that gzips and serves
 * <path>.html (tests/e2e/staticServer.ts, as nginx with deploy/nginx.conf). A design whose first paint
 * depends on a race (scripts fetched before or after it) scores differently in the two; one that does
 * not, the same within noise.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startStaticServer } from '../tests/e2e/staticServer.ts';
import { median } from './bench/measure.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export type Preset = 'mobile' | 'desktop';

export interface PageAudit {
  /** Performance score, 0–100. */
  score: number;
  /** ms */
  fcp: number;
  /** ms */
  lcp: number;
  /** ms */
  tbt: number;
  cls: number;
}

export interface LighthousePage {
  name: string;
  /** Path in the app, e.g. "/lesson/x". */
  path: string;
}

/** Per preset and page: the median of each number over the runs (each number on its own), and the runs. */
export type LighthouseResult = Record<Preset, Record<string, PageAudit & { runs: PageAudit[] }>>;

const CONFIGS: Record<Preset, Config | undefined> = { mobile: undefined, desktop: desktopConfig };

/** Undefined when Chromium is not installed. */
export async function runLighthouse(dist: string, pages: LighthousePage[], runs: number): Promise<LighthouseResult | undefined> {
  const chromePath = findChromium();
  if (!chromePath) return undefined;
  const server = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = { mobile: {}, desktop: {} } as LighthouseResult;
    for (const preset of ['mobile', 'desktop'] as const) {
      for (const page of pages) {
        const audits: PageAudit[] = [];
        for (let run = 0; run < runs; run++) audits.push(await audit(`${server.url}${page.path}`, chrome.port, CONFIGS[preset]));
        result[preset][page.name] = { ...medianAudit(audits), runs: audits };
      }
    }
    return result;
  } finally {
    chrome.kill();
    await server.close();
  }
}

async function audit(url: string, port: number, config: Config | undefined): Promise<PageAudit> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config);
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  return pageAudit(url, result.lhr);
}

/** The part of a Lighthouse report read here. */
interface Report {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

/**
 * Mobile only (the issue's aims), with the command's defaults: simulated slow 4G and 4× CPU, a new
 * Chromium and profile per run. Only the performance category, which changes no metric (the same load
 * is traced) and saves the other categories' passes. Undefined when Chromium is not installed.
 */
export async function runLighthouseCli(dist: string, pages: LighthousePage[], runs: number): Promise<Record<string, PageAudit & { runs: PageAudit[] }> | undefined> {
  const chromePath = findChromium();
  if (!chromePath) return undefined;
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const server = await startStaticServer(dist);
  try {
    const result: Record<string, PageAudit & { runs: PageAudit[] }> = {};
    for (const page of pages) {
      const audits: PageAudit[] = [];
      for (let run = 0; run < runs; run++) {
        const url = `${server.url}${page.path}`;
        // --headless and --no-sandbox only because there is no display and we run as root here.
        const args = [cli, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox'];
        const stdout = await new Promise<string>((resolve, reject) =>
          execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 256 * 1024 * 1024 }, (error, out, err) =>
            error ? reject(new Error(`lighthouse ${url} failed: ${error.message}\n${err}`)) : resolve(out),
          ),
        );
        audits.push(pageAudit(url, JSON.parse(stdout) as Report));
      }
      result[page.name] = { ...medianAudit(audits), runs: audits };
    }
    return result;
  } finally {
    await server.close();
  }
}

function pageAudit(url: string, { categories, audits, runtimeError }: Report): PageAudit {
  if (runtimeError) throw new Error(`lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((categories.performance?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

function medianAudit(audits: PageAudit[]): PageAudit {
  const of = (key: keyof PageAudit) => median(audits.map((a) => a[key]));
  return { score: of('score'), fcp: of('fcp'), lcp: of('lcp'), tbt: of('tbt'), cls: of('cls') };
}
