/**
 * Ways round the compiler's checks that a second security review found (issue 17): a picture read in
 * another encoding than the one checked, a path whose checked file is not the shipped one, a path out of
 * the pack, and lesson text that crashes or stalls the parser. Each must fail the build at file:line
 * and ship nothing of the author's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/content/load';
import { DiagnosticList } from '../../../scripts/content/diagnostics';
import { parseSchool } from '../../../scripts/content/school';
import { LESSON_LIMITS } from '../../../scripts/content/sourceLimits';
import { checkSvg, sanitizeSvg } from '../../../scripts/content/svg';
import { compilePack, frontMatter, locations, pupilBody, quiz } from './pack';

const FIXTURES = path.resolve(__dirname, '../../fixtures/content');
const LESSON = 'lop-4-5/personal-data/bai.vi.md';
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The hostile pack copied aside, with the symbolic links git would not keep portable. */
function hostilePack(): { root: string; pictureDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-pack-'));
  const pictureDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-copies-'));
  temporary.push(root, pictureDir);
  fs.cpSync(path.join(FIXTURES, 'hostile-pictures-pack'), root, { recursive: true });
  const images = path.join(root, 'lop-4-5/personal-data/images');
  fs.symlinkSync('iso-2022-jp.svg', path.join(images, 'tranh.png'));
  return { root, pictureDir };
}

describe('a hostile lesson pack', () => {
  const { root, pictureDir } = hostilePack();
  const result = loadContent({ root, pictureDir });
  const where = result.diagnostics.map((d) => `${path.relative(root, d.file)}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  const on = (file: string) => where.filter((line) => line.startsWith(`${file}:`));
  const lessonLine = (text: string) => fs.readFileSync(path.join(root, LESSON), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

  it('refuses an SVG that declares another encoding, and its escape bytes', () => {
    expect(on('lop-4-5/personal-data/images/iso-2022-jp.svg')).toEqual([
      'lop-4-5/personal-data/images/iso-2022-jp.svg:1:1: error: the picture says it is written in ISO-2022-JP; pictures must be UTF-8',
      'lop-4-5/personal-data/images/iso-2022-jp.svg:3:7: error: the picture holds the control character U+001B, which XML does not allow',
    ]);
  });

  it('refuses an SVG that is not UTF-8, at the line of the first bad byte', () => {
    expect(on('lop-4-5/personal-data/images/latin1.svg')).toEqual(['lop-4-5/personal-data/images/latin1.svg:2:10: error: the picture: the file is not UTF-8 text']);
  });

  it.each([
    ['style-split.svg', "2:1: error: the picture's CSS imports another file (@import)"],
    ['presentation-url.svg', '2:30: error: the attribute fill loads url(https://tracker.example/p.svg#g)'],
    ['css-string-comment.svg', "2:1: error: the picture's CSS loads url(https://tracker.example/p.svg#g)"],
  ])('refuses CSS that fetches through %s', (file, expected) => {
    expect(on(`lop-4-5/personal-data/images/${file}`)).toContainEqual(`lop-4-5/personal-data/images/${file}:${expected}`);
  });

  it.each([
    ['images/safe.svg#y.png', 'has "#" in its name'],
    ['images/safe.svg?url&y.png', 'has "?" in its name'],
    ['images/inj?raw&x.png', 'has "?" in its name'],
    ['images/%2e%2e/safe.svg', 'has "%" in its name'],
    ['../../../valid-pack/lop-4-5/personal-data/images/shield.svg', 'is outside the lesson pack'],
    ['/etc/hostname.png', 'is not a file of the lesson pack'],
    ['images/tranh.png', 'is reached through a link (symlink)'],
  ])('refuses the picture path %s at its line', (url, why) => {
    expect(on(LESSON)).toContainEqual(`${LESSON}:${lessonLine(`](${url})`)}:1: error: picture "${url}" ${why}`);
  });

  it('refuses a raster picture whose bytes are not of its format', () => {
    expect(on('lop-4-5/personal-data/images/fake.png')).toEqual(['lop-4-5/personal-data/images/fake.png:1:1: error: the picture is named .png but is not a PNG file']);
  });

  it('ships only the pictures it checked, as the copies it wrote', () => {
    // The lesson has errors, so it is not emitted; what the pictures check wrote is all that could ship.
    const shipped = fs.readdirSync(pictureDir).sort();
    expect(shipped).toEqual([expect.stringMatching(/^from-editor-[0-9a-f]{16}\.svg$/)]);
    expect(fs.readdirSync(pictureDir).some((name) => name.startsWith('iso') || name.startsWith('fake') || name.endsWith('.png'))).toBe(false);
  });

  it('writes an editor’s SVG afresh: drawing kept, editor markup and comments left out, ASCII only', () => {
    const [copy] = fs.readdirSync(pictureDir);
    const written = fs.readFileSync(path.join(pictureDir, copy!), 'utf8');
    expect(written).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10">',
        '  ',
        '  ',
        '  <defs><linearGradient id="g"><stop offset="0" stop-color="#2e7d32"/></linearGradient></defs>',
        '  <g>',
        '    <rect id="r" width="10" height="10" style="fill:url(#g)"/>',
        '    <text x="1" y="9">Khi&#xEA;n &amp; &#x1ED5; kh&#xF3;a</text>',
        '    <use href="#r" x="10"/>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
    expect(on('lop-4-5/personal-data/images/from-editor.svg')).toEqual([
      'lop-4-5/personal-data/images/from-editor.svg:7:29: warning: the attribute data-name is not used by lesson pictures and is left out',
    ]);
    // What is written passes its own check unchanged.
    expect(sanitizeSvg(Buffer.from(written))).toEqual({ problems: [], svg: written });
  });
});

describe('SVG checks that the first review did not try', () => {
  it.each([
    ['<svg><rect fill="url(https://x.example/#a)"/></svg>', 'the attribute fill loads url(https://x.example/#a)'],
    ['<svg><rect style="fill: image-set(&quot;https://x.example/a.png&quot; 1x)"/></svg>', 'the attribute style loads a file with image-set()'],
    ['<svg><style>@im/**/port "https://x.example/a.css";</style></svg>', "the picture's CSS imports another file (@import)"],
    ['<svg><style>rect{fill:red}</style><style><![CDATA[@imp]]>ort "x.css";</style></svg>', "the picture's CSS imports another file (@import)"],
    ['<svg><animate attributeName="style" to="fill:red"/></svg>', '<animate> may not animate style'],
    ['<svg><a href="#x"><rect/></a></svg>', '<a> is not an element lesson pictures may use'],
    ['<svg><rect fill="&#27;"/></svg>', 'not well-formed XML: malformed character entity'],
    ['\uFEFF<svg><text>\u202Eabc</text></svg>', 'the picture holds the control character U+202E'],
  ])('refuses %s', (svg, expected) => {
    expect(checkSvg(svg).map((p) => p.message)).toContainEqual(expect.stringContaining(expected));
  });

  it('refuses a UTF-16 file and one too large, before reading it', () => {
    expect(sanitizeSvg(Buffer.from('\uFEFF<svg/>', 'utf16le')).problems[0]?.message).toBe('the picture: the file is UTF-16 or UTF-32, not UTF-8');
    expect(sanitizeSvg(Buffer.alloc(1_000_001, ' ')).problems[0]?.message).toMatch(/^the picture is 1000001 bytes/);
  });

  it('refuses nesting deeper than a drawing needs, without recursing into it', () => {
    const deep = `<svg>${'<g>'.repeat(100_000)}${'</g>'.repeat(100_000)}</svg>`;
    expect(checkSvg(deep).map((p) => p.message)).toEqual(['the picture nests elements more than 64 deep']);
  });
});

describe('lesson text past the limits', () => {
  const lesson = (body: string, overrides: Record<string, string> = {}) => compilePack({ [LESSON]: frontMatter(overrides) + body + pupilBody() + quiz() });
  const errorsOf = (result: ReturnType<typeof compilePack>) => locations(result).filter((line) => line.includes(': error: '));
  const firstBodyLine = frontMatter().split('\n').length;

  it.each([
    ['a line of 3,000 ">"', `${'>'.repeat(3000)} x\n`, `${LESSON}:${firstBodyLine}:1: error: the line opens more than 8 quotes (>) or lists`],
    ['100 KB of ">"', `${'>'.repeat(100_000)}\n`, `${LESSON}:${firstBodyLine}:${LESSON_LIMITS.lineLength + 1}: error: the line is 100000 characters long; a line may have at most 5000`],
    ['"- " lists nested on one line', `${'- '.repeat(20)}x\n`, `${LESSON}:${firstBodyLine}:1: error: the line opens more than 8 quotes (>) or lists`],
    ['2,000 nested :::tip', `${':::tip\n'.repeat(2000)}${':::\n'.repeat(2000)}`, `${LESSON}:${firstBodyLine + 3}:1: error: more than 3 ":::" blocks are open at once`],
    ['lists nested by indentation', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n') + '\n', `${LESSON}:${firstBodyLine + 33}:1: error: the line is indented 66 columns; at most 64 are allowed`],
  ])('refuses %s at its line, without parsing it', (_, body, expected) => {
    const result = lesson(body);
    expect(errorsOf(result)).toEqual([expected]);
    expect(result.lessons).toEqual([]);
  });

  it('refuses a file larger than a lesson', () => {
    const body = 'x\n'.repeat(LESSON_LIMITS.bytes / 2);
    const bytes = Buffer.byteLength(frontMatter() + body + pupilBody() + quiz());
    expect(errorsOf(lesson(body))).toEqual([`${LESSON}:1:1: error: the lesson file is ${bytes} bytes; a lesson may have at most ${LESSON_LIMITS.bytes}`]);
  });

  it.each([
    ['a NUL', 'Bài\u0000 thử', '3:11: error: the invisible or control character U+0000 is not allowed'],
    ['a right-to-left override', 'Bài \u202Ethử', '3:12: error: the invisible or control character U+202E is not allowed'],
  ])('refuses a title with %s at its column', (_, title, expected) => {
    expect(errorsOf(lesson('', { title }))).toContainEqual(`${LESSON}:${expected}`);
  });

  it('refuses a title longer than a heading', () => {
    expect(errorsOf(lesson('', { title: 'Bài '.repeat(60) }))).toContainEqual(expect.stringMatching(/:3:8: error: "title": must be at most 150 characters in the front matter/));
  });
});

describe("the school's contacts", () => {
  it('reports an alias bomb at the line of its first alias', () => {
    const bomb = ['name: Trường', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]', ''].join('\n');
    const diagnostics = new DiagnosticList('school.yaml');
    expect(parseSchool(bomb, diagnostics)).toBeNull();
    expect(diagnostics.items.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual(['3:8: the YAML repeats aliases (*name) too often']);
  });

  it('refuses control and bidirectional characters', () => {
    const diagnostics = new DiagnosticList('school.yaml');
    expect(parseSchool('name: "Trường \u202Eabc"\n', diagnostics)).toBeNull();
    expect(diagnostics.items.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual(['1:15: the invisible or control character U+202E is not allowed']);
  });
});
