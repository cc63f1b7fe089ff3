/**
 * A large lesson pack for the benchmark, made from the real lessons so it has their size and structure:
 * copy g of lesson <id> is `<slug>-g<g>.<locale>.md` with id `<id>-g<g>`, in the same band and topic
 * folders (so its pictures resolve), in both languages. Copies after the first have their number in the
 * title ("… (2)"), so no two lessons of a pack share a title, as in a real curriculum (a test that finds a
 * lesson's link or column by its title finds one). A link between lessons points to the same
 * copy of its target, or to copy 0 when that copy was not made, so every link resolves.
 *
 * Only lessons that compile without errors in both languages are copied (writers may be mid-edit); a
 * link to a lesson left out becomes its plain text. The caller checks the pack (content:check), as the
 * build does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findLessonFiles, loadContent, type LoadedLesson } from '../content/load.ts';
import { LOCALES } from '../../src/content/vocabulary.ts';

export interface GeneratedPack {
  root: string;
  /** Lesson files written (each language counts, as content:check counts them). */
  lessons: number;
  /** Links between lessons in the pack, all resolving to a file in it. */
  links: number;
  /** Links to a source lesson that was left out, written as plain text. */
  droppedLinks: number;
  /** Source lessons left out because they have errors or lack a language. */
  skipped: string[];
  /** Ids of the generated lessons, in the order they were made (copy 0 first). */
  ids: string[];
  /**
   * The generated lessons that have a quiz, with their question ids, for seeding stored progress.
   * `version` is the source lesson's (a stored attempt's version matters only to resume a quiz).
   */
  quizzes: QuizLesson[];
  /** The same for the source lessons (the curriculum), compiled anyway to choose what to copy. */
  sourceQuizzes: QuizLesson[];
}

export interface QuizLesson {
  id: string;
  version: string;
  questionIds: string[];
}

interface SourceLesson {
  id: string;
  /** One file per locale, absolute. */
  files: string[];
  version: string;
  questionIds: string[];
}

const LINK = /\[([^\]]*)\]\(([^)\s#]+\.md)(#[^)\s]*)?\)/g;

/** `count` lesson files (rounded up to whole vi+en pairs) in `root`, which must not exist or be empty. */
export function generatePack(count: number, sourceRoot: string, root: string): GeneratedPack {
  const { sources, skipped } = usableLessons(sourceRoot);
  if (sources.length === 0) throw new Error(`no lesson in ${sourceRoot} compiles without errors in every language`);
  const pairs = Math.ceil(count / LOCALES.length);
  fs.mkdirSync(root, { recursive: true });
  copyPictures(sourceRoot, root);

  // Which copies exist decides where a link goes, so plan every copy before writing one.
  const plan = Array.from({ length: pairs }, (_, n) => ({ copy: Math.floor(n / sources.length), source: sources[n % sources.length]! }));
  const made = new Set(plan.map(({ copy, source }) => `${copy}:${source.id}`));
  const idOfFile = new Map(sources.flatMap((s) => s.files.map((file) => [file, s.id] as const)));

  let links = 0;
  let droppedLinks = 0;
  for (const { copy, source } of plan) {
    for (const file of source.files) {
      const target = copyPath(sourceRoot, root, file, copy);
      const text = fs
        .readFileSync(file, 'utf8')
        .replace(/^id: *["']?([a-z0-9-]+)["']? *$/m, (_, id: string) => `id: ${id}-g${copy}`)
        .replace(/^title: *(.*?) *$/m, (whole, title: string) => (copy === 0 ? whole : `title: ${numberedTitle(title, copy + 1)}`))
        .replace(LINK, (whole, label: string, href: string, hash: string | undefined) => {
          if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
          const linked = path.resolve(path.dirname(file), decodeURI(href));
          const linkedId = idOfFile.get(linked);
          if (!linkedId) {
            droppedLinks++;
            return label;
          }
          const linkedCopy = made.has(`${copy}:${linkedId}`) ? copy : 0;
          if (!made.has(`${linkedCopy}:${linkedId}`)) {
            droppedLinks++;
            return label;
          }
          links++;
          const relative = path.relative(path.dirname(target), copyPath(sourceRoot, root, linked, linkedCopy)).split(path.sep).join('/');
          return `[${label}](${encodeURI(relative)}${hash ?? ''})`;
        });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  const ids = plan.map(({ copy, source }) => `${source.id}-g${copy}`);
  const quizzes = plan.flatMap(({ copy, source }) =>
    source.questionIds.length > 0 ? [{ id: `${source.id}-g${copy}`, version: source.version, questionIds: source.questionIds }] : [],
  );
  const sourceQuizzes = sources.flatMap(({ id, version, questionIds }) => (questionIds.length > 0 ? [{ id, version, questionIds }] : []));
  return { root, lessons: pairs * LOCALES.length, links, droppedLinks, skipped, ids, quizzes, sourceQuizzes };
}

/** A YAML title, quoted or plain, with ` (n)` added inside its quotes. */
function numberedTitle(title: string, n: number): string {
  const quote = title[0] === '"' || title[0] === "'" ? title[0] : '';
  return quote && title.endsWith(quote) ? `${title.slice(0, -1)} (${n})${quote}` : `${title} (${n})`;
}

function copyPath(sourceRoot: string, root: string, file: string, copy: number): string {
  const relative = path.relative(sourceRoot, file);
  return path.join(root, path.dirname(relative), path.basename(relative).replace(/\.([a-z]{2})\.md$/, `-g${copy}.$1.md`));
}

/** Lessons with every locale and no error in any of them, in the curriculum's order. */
function usableLessons(sourceRoot: string): { sources: SourceLesson[]; skipped: string[] } {
  const { lessons, diagnostics } = loadContent({ root: sourceRoot, curriculum: false });
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => path.resolve(d.file)));
  const byId = new Map<string, LoadedLesson[]>();
  for (const loaded of lessons) byId.set(loaded.lesson.id, [...(byId.get(loaded.lesson.id) ?? []), loaded]);
  const sources: SourceLesson[] = [];
  const skipped: string[] = [];
  for (const [id, group] of byId) {
    const files = group.map((l) => path.resolve(l.file)).sort();
    const vi = group.find((l) => l.lesson.locale === 'vi') ?? group[0]!;
    if (files.length === LOCALES.length && files.every((file) => !broken.has(file))) {
      sources.push({ id, files, version: vi.lesson.version, questionIds: vi.lesson.quiz.map((q) => q.id) });
    } else {
      skipped.push(id);
    }
  }
  // Files that failed to load at all have no id: name them by file.
  const loaded = new Set(lessons.map((l) => path.resolve(l.file)));
  skipped.push(...findLessonFiles(sourceRoot).filter((file) => !loaded.has(path.resolve(file))).map((file) => path.relative(sourceRoot, file)));
  return { sources, skipped };
}

/** Everything but the lessons (pictures), so relative picture paths stay valid in every copy. */
function copyPictures(sourceRoot: string, root: string): void {
  fs.cpSync(sourceRoot, root, { recursive: true, filter: (source) => fs.statSync(source).isDirectory() || !source.endsWith('.md') });
}
