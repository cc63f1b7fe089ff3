/** The bands' progression statements (content/<band>/progression.yaml): every problem at its file:line, compiled into `virtual:lesson-progression`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statements as compiledForUnitTests } from 'virtual:lesson-progression';
import { CURRICULUM } from '../../../scripts/content/config';
import { formatDiagnostic } from '../../../scripts/content/diagnostics';
import { loadProgression, progressionModuleCode } from '../../../scripts/content/progression';
import { lessonsPlugin } from '../../../scripts/content/vitePlugin';
import { SCHOOL_BANDS, PUPIL_TOPIC_IDS } from '../../../src/content/vocabulary';
import { writePack } from './pack';

const HEADER = '# Cuối lớp 4–5, em có thể… / By the end of grades 4–5, I can…\n';

/** A band's file with every topic; `lines` replaces a topic's two statement lines (or removes the topic, with null). */
function bandFile(edits: Record<string, string | null> = {}): string {
  return (
    HEADER +
    PUPIL_TOPIC_IDS.map((topic) => {
      const edit = edits[topic];
      if (edit === null) return '';
      return `${topic}:\n${edit ?? `  vi: "nói được điều em học về ${topic}"\n  en: "say what I learnt about ${topic}"\n`}`;
    }).join('') +
    (edits.extra ?? '')
  );
}

/** A pack of the four pupil bands, lop-4-5's file replaced by `lop45` (undefined: left out). */
function pack(lop45: string | undefined): string {
  const files: Record<string, string> = {};
  for (const band of SCHOOL_BANDS) if (band.id !== 'lop-4-5') files[`${band.id}/progression.yaml`] = bandFile();
  if (lop45 !== undefined) files['lop-4-5/progression.yaml'] = lop45;
  return writePack(files);
}

/** The problems as "file:line:col: severity: message (hint)", relative to the pack. */
function problems(lop45: string | undefined, curriculum = true): string[] {
  const root = pack(lop45);
  return loadProgression(root, { curriculum }).diagnostics.map((d) => formatDiagnostic(d, root));
}

/** The line of a topic's key in bandFile(), 1-based: the header, then three lines per topic before it. */
const lineOf = (topic: string) => 2 + 3 * PUPIL_TOPIC_IDS.indexOf(topic as (typeof PUPIL_TOPIC_IDS)[number]);

describe('progression statements', () => {
  it('compiles every band’s statements, in teaching order', () => {
    const root = pack(bandFile());
    const { statements, diagnostics, files } = loadProgression(root, { curriculum: true });
    expect(diagnostics).toEqual([]);
    expect(files).toHaveLength(4);
    expect(Object.keys(statements)).toEqual(SCHOOL_BANDS.map((band) => band.id));
    expect(statements['lop-4-5']?.['ai-and-me']).toEqual({ vi: 'nói được điều em học về ai-and-me', en: 'say what I learnt about ai-and-me' });
    const code = progressionModuleCode(statements);
    expect(code.indexOf('"internet-basics"')).toBeLessThan(code.indexOf('"hotline-111"'));
    expect(code).toBe(progressionModuleCode(loadProgression(root, { curriculum: true }).statements));
  });

  it('holds the real curriculum: 12 topics × 4 bands, in vi and en', () => {
    const { statements, diagnostics } = loadProgression(CURRICULUM.root, { curriculum: true });
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    for (const band of SCHOOL_BANDS) for (const topic of PUPIL_TOPIC_IDS) expect(statements[band.id]?.[topic], `${band.id} ${topic}`).toEqual({ vi: expect.any(String), en: expect.any(String) });
  });

  it('reports a band without its file', () => {
    expect(problems(undefined)).toEqual([
      `lop-4-5/progression.yaml:1:1: error: the band has no progression statements (write progression.yaml beside its topic folders: one statement per topic, in vi and en (see content/README.md))`,
    ]);
  });

  it('reports a missing topic at the list of topics', () => {
    expect(problems(bandFile({ 'scams-and-money': null }))).toEqual([
      'lop-4-5/progression.yaml:2:1: error: no statement for the topic "scams-and-money" (add "scams-and-money:" with vi: and en: (every pupil topic of the band needs one))',
    ]);
  });

  it('reports an unknown topic at its line, with the nearest name', () => {
    const text = bandFile({ extra: 'internet-basic:\n  vi: "x"\n  en: "y"\n' });
    expect(problems(text)).toEqual([
      `lop-4-5/progression.yaml:${lineOf('hotline-111') + 3}:1: error: unknown topic "internet-basic" (did you mean "internet-basics"? the pupil topics are: ${PUPIL_TOPIC_IDS.join(', ')})`,
    ]);
  });

  it.each([
    ['a missing vi', '  en: "say it"\n', 'ai-and-me', 0, 'missing field "ai-and-me.vi" in progression.yaml (add "vi:" with a string)'],
    ['a missing en', '  vi: "nói được"\n', 'ai-and-me', 0, 'missing field "ai-and-me.en" in progression.yaml (add "en:" with a string)'],
    ['an empty statement', '  vi: "  "\n  en: "say it"\n', 'info-security', 1, '"info-security.vi" must not be empty (write what a child can do by the end of the band)'],
    ['a number', '  vi: "nói được"\n  en: 111\n', 'hotline-111', 2, '"hotline-111.en" must be a string in progression.yaml (it is 111)'],
    ['a list', '  vi:\n    - "nói được"\n  en: "say it"\n', 'personal-data', 1, '"personal-data.vi" must be a string in progression.yaml (it is a list)'],
    ['a topic without languages', '  \n', 'online-classes', 0, '"online-classes" must have a statement in each language (write vi: and en: under it, indented; it is empty)'],
    ['another language', '  vi: "nói được"\n  en: "say it"\n  fr: "dire"\n', 'posting-responsibly', 3, 'unknown language "fr" in "posting-responsibly" (the statements are written in: vi, en)'],
    ['a full stop last', '  vi: "nói được"\n  en: "say it."\n', 'internet-basics', 2, '"internet-basics.en" must not end with a full stop or other punctuation (the app ends the sentence itself; an ellipsis (…) or a closing quotation mark may end it)'],
    ['a capital letter first', '  vi: "Nói được"\n  en: "say it"\n', 'internet-basics', 1, '"internet-basics.vi" must start with a lower-case letter (it continues “Cuối lớp …, em có thể” / “By the end of grades …, I can”)'],
  ])('reports %s at its line', (_, lines, topic, below, message) => {
    expect(problems(bandFile({ [topic]: lines }))).toEqual([`lop-4-5/progression.yaml:${lineOf(topic) + below}:${below === 0 ? 1 : 3}: error: ${message}`]);
  });

  it('reports a statement longer than 160 characters, counted in characters, not bytes', () => {
    const fits = 'đ'.repeat(160); // 320 bytes in UTF-8
    expect(problems(bandFile({ 'ai-and-me': `  vi: "${fits}"\n  en: "say it"\n` }))).toEqual([]);
    expect(problems(bandFile({ 'ai-and-me': `  vi: "${fits}đ"\n  en: "say it"\n` }))).toEqual([
      `lop-4-5/progression.yaml:${lineOf('ai-and-me') + 1}:3: error: "ai-and-me.vi" is 161 characters long, more than 160 (a statement is at most 160 characters: it is printed in a cell of the one-page map)`,
    ]);
  });

  it('reports YAML it cannot read at its line', () => {
    const text = bandFile({ 'online-classes': '  vi: "nói được\n  en: "say it"\n' });
    expect(problems(text)[0]).toMatch(new RegExp(`^lop-4-5/progression.yaml:${lineOf('online-classes') + 1}:\\d+: error: invalid YAML`));
  });

  it('refuses an alias bomb, an invisible character and an oversized file', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n';
    expect(problems(bomb)).toEqual(['lop-4-5/progression.yaml:2:8: error: the YAML repeats aliases (*name) too often (write the text out instead of using anchors (&name) and aliases (*name))']);
    const hidden = bandFile({ 'ai-and-me': '  vi: "nói \u202Eđược"\n  en: "say it"\n' });
    expect(problems(hidden)).toEqual([
      `lop-4-5/progression.yaml:${lineOf('ai-and-me') + 1}:12: error: the invisible or control character U+202E is not allowed (delete it (an editor that shows invisible characters helps): it can hide text or change what the reader sees)`,
    ]);
    expect(problems(bandFile({ extra: `# ${'x'.repeat(50_000)}\n` }))).toEqual([
      'lop-4-5/progression.yaml:1:1: error: the file is larger than 50000 bytes (it holds one short statement per topic, in vi and en)',
    ]);
  });

  it('refuses a file that is a link', () => {
    const root = pack(undefined);
    fs.mkdirSync(path.join(root, 'lop-4-5'));
    fs.symlinkSync(path.join(root, 'lop-1-3/progression.yaml'), path.join(root, 'lop-4-5/progression.yaml'));
    const found = loadProgression(root, { curriculum: true }).diagnostics.map((d) => formatDiagnostic(d, root));
    expect(found).toEqual(['lop-4-5/progression.yaml:1:1: error: progression.yaml is a link (symlink) (put the file itself in the pack: a link can bring in any file of the computer)']);
  });

  it('lets a pack that is not the curriculum leave bands and topics out, and checks what it writes', () => {
    expect(problems(undefined, false)).toEqual([]);
    expect(problems(bandFile({ 'scams-and-money': null }), false)).toEqual([]);
    expect(problems(bandFile({ 'ai-and-me': '  vi: ""\n  en: "say it"\n' }), false)).toHaveLength(1);
  });

  it('compiles the unit tests’ fixture pack for the app', () => {
    expect(compiledForUnitTests['lop-4-5']?.['hotline-111']?.vi).toMatch(/^gọi 111/);
  });
});

describe('the checks run where content is checked', () => {
  const bad = () => pack(bandFile({ 'ai-and-me': '  vi: ""\n  en: "say it"\n' }));

  it('fails `npm run content:check` with the problem at its line', () => {
    const root = bad();
    const tsx = path.resolve(__dirname, '../../../node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'scripts/content-check.ts', '--root', root, '--no-cache'], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8', env: { ...process.env, SCHOOL_FILE: '' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`lop-4-5/progression.yaml:${lineOf('ai-and-me') + 1}:3: error: "ai-and-me.vi" must not be empty`);
    expect(run.stdout).toContain('progression statements: 36 of 48 band × topic cells');
  });

  it('stops the build (the lessons plugin’s buildStart)', () => {
    const root = bad();
    const plugin = lessonsPlugin({ root, curriculum: false });
    const context = {
      addWatchFile: () => {},
      warn: () => {},
      error: (message: string): never => {
        throw new Error(message);
      },
    };
    const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
    expect(() => buildStart.call(context)).toThrow(/progression\.yaml:\d+:3: error: "ai-and-me\.vi" must not be empty/);
  });
});
