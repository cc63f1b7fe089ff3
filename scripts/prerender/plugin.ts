/**
 * Vite plugin: after the app is built, renders every page a child or teacher lands on by link or
 * bookmark — the screens their features declare prerendered (src/features/<x>/screens.ts), listed by
 * src/entry-server.tsx: home, each band, each lesson and its quiz's start, help — to static HTML in
 * Vietnamese, so text shows before any script runs. Each page is the built index.html
 * with the page inside #root, its title, and <link>s to the chunks it needs (its code, its part of the
 * catalog, the lesson body), which src/main.tsx loads before hydrating.
 *
 * Files: the home page is index.html itself ("/" must be it on every server); any other page is
 * <path>.html (/lesson/x → lesson/x.html), which `vite preview`, GitHub Pages and similar hosts serve
 * for /lesson/x, and deploy/nginx.conf and deploy/serve.mjs try before falling back to index.html.
 * They are written before the service worker is generated, which precaches every one of them and serves
 * each for its own URL, offline too (scripts/pwaOptions.ts, src/sw/sw.ts); index.html is also the shell
 * for the app's other screens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { PrerenderPage } from '../../src/entry-server.tsx';
import { CATALOG_BAND_PREFIX, CATALOG_INDEX_MODULE, LESSON_MODULE_PREFIX } from '../content/emit.ts';

const SERVER_ENTRY = 'src/entry-server.tsx';

interface ChunkInfo {
  file: string;
  imports: string[];
  css: string[];
}

interface ServerEntry {
  pagesToPrerender: () => Promise<PrerenderPage[]>;
  renderPage: (url: string) => Promise<{ html: string; head: string; title: string }>;
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  /** Chunks of the client build by the module they were made for (a page, a catalog part, a lesson). */
  const byModule = new Map<string, ChunkInfo>();
  const byFile = new Map<string, ChunkInfo>();
  const entryFiles: string[] = [];

  return {
    name: 'mang-an-toan:prerender',
    apply: 'build',

    configResolved(resolved) {
      config = resolved;
    },

    generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const info: ChunkInfo = { file: chunk.fileName, imports: chunk.imports, css: [...(chunk.viteMetadata?.importedCss ?? [])] };
        byFile.set(chunk.fileName, info);
        if (chunk.facadeModuleId) byModule.set(chunk.facadeModuleId, info);
        if (chunk.isEntry) entryFiles.push(chunk.fileName);
      }
    },

    // Before vite-plugin-pwa's closeBundle writes the service worker, whose precache lists these pages.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (error || config.build.ssr) return;
        const started = performance.now();
        const outDir = path.resolve(config.root, config.build.outDir);
        // Inside the project, so the server entry's imports (react-dom …) resolve from node_modules.
        const cache = path.join(config.root, 'node_modules/.cache');
        fs.mkdirSync(cache, { recursive: true });
        const serverDir = fs.mkdtempSync(path.join(cache, 'mat-prerender-'));
        try {
          const server = await buildServerEntry(config, serverDir);
          const pages = await server.pagesToPrerender();
          const template = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
          const shell = closure(entryFiles, byFile);
          for (const page of pages) {
            const { html, head, title } = await server.renderPage(page.url);
            const chunks = closure(chunksOf(page, config.root, byModule), byFile).filter((file) => !shell.includes(file));
            const css = [...new Set(chunks.flatMap((file) => byFile.get(file)?.css ?? []))];
            const file = path.join(outDir, outputFile(page.url, config.base));
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, pageHtml(template, { url: page.url, title, html, head, base: config.base, modules: chunks, styles: css }));
          }
          config.logger.info(`prerendered ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          fs.rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}

/** src/entry-server.tsx built for Node with the project's own config (the same content, base and defines). */
async function buildServerEntry(config: ResolvedConfig, outDir: string): Promise<ServerEntry> {
  await build({
    configFile: config.configFile,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    build: {
      ssr: path.join(config.root, SERVER_ENTRY),
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'entry-server.mjs' } },
    },
  });
  return (await import(pathToFileURL(path.join(outDir, 'entry-server.mjs')).href)) as ServerEntry;
}

/** The chunks a page reads before it renders (see src/app/pageData.ts). */
function chunksOf(page: PrerenderPage, root: string, byModule: Map<string, ChunkInfo>): string[] {
  // The page's module, as its screen declares it (src/features/<x>/screens.ts: prerender.source).
  const modules = [path.join(root, page.source)];
  if (page.band) modules.push(`\0${CATALOG_BAND_PREFIX}${page.band}`);
  if (page.lessonKey) modules.push(`\0${CATALOG_INDEX_MODULE}`, `\0${LESSON_MODULE_PREFIX}${page.lessonKey}`);
  return modules.map((id) => {
    const chunk = byModule.get(id);
    if (!chunk) throw new Error(`prerendering ${page.url}: the client build has no chunk for ${id.replace('\0', '')} (is ${page.source} still the module its screen loads on demand?)`);
    return chunk.file;
  });
}

/** The files and everything they import statically, in a stable order. */
function closure(files: readonly string[], byFile: Map<string, ChunkInfo>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
  };
  files.forEach(visit);
  return [...seen];
}

/** "/base/" → index.html; "/base/lesson/x" → lesson/x.html. */
export function outputFile(url: string, base: string): string {
  const local = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  if (local === '') return 'index.html';
  if (local.endsWith('/') || local.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`no page file for "${url}"`);
  return `${local}.html`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(html: string, pattern: RegExp | string, replacement: string, what: string): string {
  const count = typeof pattern === 'string' ? html.split(pattern).length - 1 : (html.match(new RegExp(pattern, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`prerendering: index.html should have exactly one ${what} (found ${count})`);
  return html.replace(pattern, () => replacement);
}

interface PageParts {
  url: string;
  title: string;
  html: string;
  /** Tags React hoists to the head. */
  head: string;
  base: string;
  modules: string[];
  styles: string[];
}

/**
 * The built index.html around one page. `data-page` tells index.html's inline script which URL this HTML shows;
 * `data-app` lists the app's scripts (the entry first, then the chunks to preload), which boot.js starts
 * after the page's first paint instead of the <script>/<link rel=modulepreload> tags Vite wrote: on a slow
 * link the HTML and stylesheet come first and the text shows at once; the scripts only make the page
 * interactive (its links work without them).
 */
export function pageHtml(template: string, { url, title, html, head, base, modules, styles }: PageParts): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(template);
  if (!entry) throw new Error('prerendering: index.html has no <script type="module" crossorigin src="…"> entry');
  const preloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const app = [entry[1]!, ...preloads.map((m) => m[1]!), ...modules.map((file) => `${base}${file}`)];
  let page = template.replace(entry[0], '');
  for (const preload of preloads) page = page.replace(preload[0], '');
  const links = [...(head.match(/<link [^>]*>/g) ?? []), ...styles.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)];
  page = replaceOnce(page, /<html lang="vi">/, `<html lang="vi" data-page="${escapeHtml(url)}" data-app="${escapeHtml(app.join(' '))}">`, '<html lang="vi">');
  page = replaceOnce(page, /<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`, '<title>');
  page = replaceOnce(page, '</head>', `${links.map((link) => `  ${link}\n`).join('')}</head>`, '</head>');
  return replaceOnce(page, '<div id="root"></div>', `<div id="root">${html}</div>`, 'empty <div id="root">');
}
