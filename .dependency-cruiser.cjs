/**
 * Layer rules, checked by `npm run lint` (part of `npm test`):
 *   app (the shell, the only place that composes features)
 *     → features/<name> (one screen area each; never another feature's files)
 *       → shared layers: content, db, domain, i18n, router, stores, pwa, ui
 * A shared layer never imports a feature or the shell; what two features share moves down into a shared
 * layer, or is passed in (e.g. the teacher toolbar is a slot of the lesson page). src/db is the one way
 * into IndexedDB and holds no React component and no UI store. The content compiler (scripts/content/)
 * may read the shared vocabularies and types, nothing that runs in the browser.
 */
const SHARED = '^src/(content|db|domain|i18n|router|stores|pwa|ui)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which module owns what.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-layers-never-import-features',
      severity: 'error',
      from: { path: SHARED },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-stay-apart',
      severity: 'error',
      comment: 'A feature does not reach into another feature: move the shared part down, or pass it in from src/app.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'features-never-import-the-shell',
      severity: 'error',
      comment: 'The shell composes features, never the reverse: what features share (page title, downloads…) lives in a shared layer.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'db-has-no-ui',
      severity: 'error',
      comment: 'src/db returns results or throws typed errors; the UI decides what to show.',
      from: { path: '^src/db/' },
      to: { path: '^src/(stores|pwa|ui|i18n)/|^node_modules/(react-dom|react-i18next|zustand)/' },
    },
    {
      name: 'db-has-no-components',
      severity: 'error',
      from: { path: '^src/db/.+\\.tsx$' },
      to: {},
    },
    {
      name: 'only-db-opens-the-database',
      severity: 'error',
      comment: 'Stored data is read and written only through src/db/ (its repository functions).',
      // The storage benchmark (scripts/bench/storage) measures the app's own db module in Chromium.
      from: { pathNot: '^src/db/|^tests/|^scripts/bench/' },
      to: { path: '^src/db/db\\.ts$' },
    },
    {
      name: 'compiler-reads-only-shared-definitions',
      severity: 'error',
      from: { path: '^scripts/content/' },
      to: { path: '^src/', pathNot: '^src/content/' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code.',
      from: { orphan: true, path: '^src/', pathNot: '\\.d\\.ts$|^src/main\\.tsx$|^src/sw/sw\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|dev-dist|node_modules|\\.cache)/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
