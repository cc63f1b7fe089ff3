/**
 * Vite plugin: compiles content/ into `virtual:lesson-catalog` (and its parts, see emit.ts), one
 * `virtual:lesson/<id>.<locale>` module per lesson and the bands' progression statements
 * (`virtual:lesson-progression`, progression.ts). A build with any content error fails with every
 * problem listed; in `npm run dev` saving a lesson recompiles and reloads the page, and an error shows in
 * Vite's overlay.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { PICTURE_COPIES } from './config.ts';
import { formatDiagnostic, hasErrors, sortDiagnostics } from './diagnostics.ts';
import { catalogModuleCode, isCatalogModule, LESSON_MODULE_PREFIX, lessonKey, lessonModuleCode } from './emit.ts';
import { loadContent, type LoadOptions, type LoadResult } from './load.ts';
import { loadProgression, PROGRESSION_MODULE, progressionModuleCode, type ProgressionLoad } from './progression.ts';
import { schoolModule } from './school.ts';
import { SEARCH_MODULE_PREFIX, searchModuleCode } from './searchIndex.ts';

const RESOLVED_PREFIX = '\0';

export function lessonsPlugin(options: LoadOptions): Plugin {
  const root = path.resolve(options.root);
  let result: LoadResult | undefined;
  let progression: ProgressionLoad | undefined;
  // The folder the app is served from (Vite's `base`): lesson links are written under it.
  let base = '/';
  // The school's contacts (content/school.yaml or SCHOOL_FILE) as `virtual:school`: see school.ts.
  const school = schoolModule(root);

  const compile = (): LoadResult => {
    // Checked pictures are written inside the project, where the dev server and vitest may read them.
    const lessons = loadContent({ pictureDir: PICTURE_COPIES, ...options, root, base });
    // The progression statements sit beside the lessons: their problems are the lessons' problems.
    progression = loadProgression(root, { curriculum: options.curriculum === true });
    result = { ...lessons, diagnostics: sortDiagnostics([...lessons.diagnostics, ...progression.diagnostics]), files: [...lessons.files, ...progression.files] };
    return result;
  };
  const report = (r: LoadResult) => r.diagnostics.map((d) => formatDiagnostic(d)).join('\n');

  return {
    name: 'mang-an-toan:lessons',
    enforce: 'pre',

    configResolved(config) {
      base = config.base;
    },

    buildStart() {
      school.check(this);
      const r = compile();
      for (const file of r.files) this.addWatchFile(file);
      if (hasErrors(r.diagnostics)) this.error(`Lesson content has errors:\n${report(r)}`);
      if (r.diagnostics.length > 0) this.warn(`Lesson content warnings:\n${report(r)}`);
    },

    resolveId(id) {
      if (school.owns(id)) return RESOLVED_PREFIX + id;
      if (isCatalogModule(id) || id === PROGRESSION_MODULE || id.startsWith(LESSON_MODULE_PREFIX) || id.startsWith(SEARCH_MODULE_PREFIX)) return RESOLVED_PREFIX + id;
      return undefined;
    },

    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const r = result ?? compile();
      const virtualId = id.slice(RESOLVED_PREFIX.length);
      if (school.owns(virtualId)) return school.code(this);
      if (isCatalogModule(virtualId)) return catalogModuleCode(r.lessons, virtualId);
      if (virtualId === PROGRESSION_MODULE) return progressionModuleCode(progression!.statements);
      // Named virtual:lesson-…, so recompileForDev reloads it with the lessons.
      if (virtualId.startsWith(SEARCH_MODULE_PREFIX)) return searchModuleCode(r.lessons, virtualId.slice(SEARCH_MODULE_PREFIX.length));
      if (!virtualId.startsWith(LESSON_MODULE_PREFIX)) return undefined;
      const key = virtualId.slice(LESSON_MODULE_PREFIX.length);
      const loaded = r.lessons.find(({ lesson }) => lessonKey(lesson) === key);
      if (!loaded) this.error(`No lesson "${key}"`);
      return lessonModuleCode(loaded);
    },

    configureServer(server) {
      school.watch(server);
      server.watcher.add(root);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(root + path.sep)) return;
        recompileForDev(server, compile, report);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

function recompileForDev(server: ViteDevServer, compile: () => LoadResult, report: (r: LoadResult) => string): void {
  const r = compile();
  if (r.diagnostics.length > 0) server.config.logger.warn(report(r), { timestamp: true });
  if (hasErrors(r.diagnostics)) {
    server.ws.send({ type: 'error', err: { message: `Lesson content has errors:\n${report(r)}`, stack: '' } });
    return;
  }
  for (const module of server.moduleGraph.idToModuleMap.values()) {
    if (module.id?.startsWith(RESOLVED_PREFIX + 'virtual:lesson')) server.moduleGraph.invalidateModule(module);
  }
  server.ws.send({ type: 'full-reload' });
}
