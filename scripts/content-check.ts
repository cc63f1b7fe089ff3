/**
 * `npm run content:check [-- --json] [-- --root <folder>] [-- --no-cache]`: validate every lesson, each
 * band's progression statements (<band>/progression.yaml) and the school's contacts (school.yaml beside
 * the lessons, or SCHOOL_FILE), without building the app. Prints
 * every problem as file:line:col, then the coverage table (or, with --json, the lesson list as JSON on
 * stdout). Exits 1 when any error was found. Bodies unchanged since the last run
 * are read back from the cache (content/bodyCache.ts) unless --no-cache.
 */
import { CONTENT_CACHE, CURRICULUM } from './content/config.ts';
import { formatDiagnostic, hasErrors } from './content/diagnostics.ts';
import { loadContent } from './content/load.ts';
import { loadProgression } from './content/progression.ts';
import { cueFigures } from './content/quizCues.ts';
import { coverageTable, lessonList, progressionSummary } from './content/report.ts';
import { loadSchool, schoolFileOf } from './content/school.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rootFlag = args.indexOf('--root');
const cacheDir = args.includes('--no-cache') ? undefined : CONTENT_CACHE;
const options = { ...(rootFlag === -1 ? CURRICULUM : { root: args[rootFlag + 1] ?? '', curriculum: false }), cacheDir };

const started = performance.now();
const { lessons, diagnostics: lessonDiagnostics, cache } = loadContent(options);
// The build refuses a bad school file too (school.ts): a writer hears it here first.
const school = loadSchool(schoolFileOf(options.root));
// …and bad progression statements (progression.ts), all of them for the curriculum.
const progression = loadProgression(options.root, { curriculum: options.curriculum === true });
const diagnostics = [...lessonDiagnostics, ...progression.diagnostics, ...school.diagnostics];
const ms = performance.now() - started;
const bodies = lessons.map((l) => l.lesson);

for (const d of diagnostics) console.error(formatDiagnostic(d));
if (json) {
  console.log(JSON.stringify(lessonList(bodies), null, 2));
} else {
  console.log(coverageTable(bodies));
  console.log(progressionSummary(progression.statements));
  // The answer cues per pupil band (quizCues.ts), so a writer sees how far each band is from its ceilings.
  const cues = cueFigures(lessons);
  if (cues.length > 0) {
    console.log('\nanswer cues          right is longest   right is shortest   false answers   one wrong option (multi)');
    for (const row of cues) console.log(`${row.key.padEnd(20)} ${row.rightIsLongest.padEnd(18)} ${row.rightIsShortest.padEnd(19)} ${row.falseAnswers.padEnd(15)} ${row.oneWrongOption}`);
  }
  const questions = bodies.reduce((sum, l) => sum + l.questionCount, 0);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const cached = cache ? `, ${cache.hits} of ${cache.hits + cache.misses} bodies unchanged since the last run` : '';
  console.log(`\n${bodies.length} lessons, ${questions} questions, ${errors} errors, ${warnings} warnings (${ms.toFixed(0)} ms${cached})`);
}
process.exitCode = hasErrors(diagnostics) ? 1 : 0;
