/**
 * The compiler as a security boundary: lesson packs are written by people, and what it emits runs in
 * children's browsers. Each case here is a hostile or unlucky pack in tests/fixtures/content/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonModuleCode } from '../../../scripts/content/emit';
import { loadContent } from '../../../scripts/content/load';
import { checkSvg } from '../../../scripts/content/svg';
import { cardsOf, lessonLeaves } from '../../../src/content/lessonContent';
import type { LessonBody } from '../../../src/content/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures/content');

function load(pack: string) {
  const root = path.join(FIXTURES, pack);
  const result = loadContent({ root });
  const where = result.diagnostics.map((d) => `${path.relative(root, d.file)}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  return { ...result, root, where };
}

/** Runs an emitted lesson module as the bundle would, with each picture import replaced by its URL. */
function evaluateModule(code: string): LessonBody {
  const body = code
    .replace(/^import (asset\d+) from "([^"]*)\?url";$/gm, (_, name: string, file: string) => `const ${name} = ${JSON.stringify(`/assets/${path.basename(file)}`)};`)
    .replace('export default ', 'return ');
  return new Function(body)() as LessonBody;
}

describe('SVG pictures', () => {
  const { where, lessons } = load('unsafe-svg-pack');
  const at = (file: string) => where.filter((line) => line.startsWith(`lop-4-5/personal-data/images/${file}:`));

  it.each([
    ['script-uppercase.svg', '3:3: error: <SCRIPT> is not allowed in pictures'],
    ['script-prefixed.svg', '2:3: error: <svg:script> is not allowed in pictures'],
    ['event-handler.svg', '3:11: error: the event attribute ONLOAD is not allowed in pictures'],
    ['foreign-object.svg', '2:3: error: <foreignObject> is not allowed in pictures'],
    ['javascript-href.svg', '2:6: error: the link xlink:href="javascript:alert(1)" leaves the picture'],
    ['javascript-href.svg', '3:6: error: the link href="javascript:alert(2)" leaves the picture'],
    ['external-href.svg', '2:10: error: the link xlink:href="https://tracker.example/pixel.png" leaves the picture'],
    ['external-href.svg', '3:8: error: the link href="other.svg#shape" leaves the picture'],
    ['entity.svg', '2:1: error: <!DOCTYPE> declarations are not allowed in pictures'],
  ])('refuses %s with file:line: %s', (file, expected) => {
    expect(at(file)).toContainEqual(`lop-4-5/personal-data/images/${file}:${expected}`);
  });

  it('accepts a picture that only draws, and reports each bad one once in the lesson that uses it', () => {
    expect(at('safe.svg')).toEqual([]);
    expect(at('external-href.svg')).toHaveLength(2);
    const lessonErrors = where.filter((line) => line.startsWith('lop-4-5/personal-data/bai.vi.md:') && line.includes('is not a safe picture'));
    expect(lessonErrors).toHaveLength(7);
    expect(lessonErrors[0]).toMatch(/^lop-4-5\/personal-data\/bai\.vi\.md:21:1: error: picture "images\/script-uppercase\.svg" is not a safe picture/);
    // A refused picture never becomes an asset of the lesson.
    expect(lessons[0]!.assets.map((file) => path.basename(file))).toEqual([expect.stringMatching(/^safe-[0-9a-f]{16}\.svg$/)]);
  });

  it.each([
    ['<svg><Script>x</Script></svg>', '<Script> is not allowed'],
    ['<svg xmlns:h="http://www.w3.org/1999/xhtml"><h:script>x</h:script></svg>', 'HTML inside a picture is not allowed'],
    ['<svg xmlns:XLINK="http://www.w3.org/1999/xlink"><a XLINK:HREF="JavaScript:x"/></svg>', 'leaves the picture'],
    ['<svg><a XLINK:HREF="JavaScript:x"/></svg>', 'not well-formed XML: unbound namespace prefix'],
    ['<svg><a href="java&#x09;script:x"/></svg>', 'leaves the picture'],
    ['<svg><a href="&#x6A;avascript:x"/></svg>', 'leaves the picture'],
    ['<svg><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>', 'leaves the picture'],
    ['<svg><rect onClick = "x()"/></svg>', 'event attribute onClick'],
    ['<svg><set attributeName="xlink:href" to="#a"/></svg>', '<set> may not animate xlink:href'],
    ['<svg><animate attributeName="fill" values="red;javascript:x"/></svg>', 'holds a script URL'],
    ['<svg><style>rect { fill: u\\72l(https://x.example/a) }</style></svg>', "CSS loads url(https://x.example/a)"],
    ['<svg><style><![CDATA[@import "https://x.example/a.css";]]></style></svg>', 'CSS imports another file'],
    ['<svg><rect style="background:url( &quot;//x.example/a&quot; )"/></svg>', 'style loads url(//x.example/a)'],
    ['<?xml-stylesheet href="https://x.example/a.css"?><svg/>', '<?xml-stylesheet …?> is not allowed'],
    ['<!doctype svg><svg/>', '<!DOCTYPE> declarations are not allowed'],
    ['<svg>&xxe;</svg>', 'the entity &xxe; is not allowed'],
    ['<svg xml:base="https://x.example/"><use href="#a"/></svg>', 'xml:base is not allowed'],
    ['<svg><iframe src="https://x.example"/></svg>', '<iframe> is not allowed'],
    ['<svg><rect></svg>', 'not well-formed XML: unexpected close tag'],
    ['<svg><rect width=10/></svg>', 'not well-formed XML: unquoted attribute value'],
    ['<svg><rect/>', 'not well-formed XML: unclosed tag: svg'],
  ])('refuses %s', (svg, expected) => {
    expect(checkSvg(svg).map((p) => p.message)).toContainEqual(expect.stringContaining(expected));
  });
});

describe('text that looks like the compiler’s own placeholders', () => {
  const { where, lessons } = load('placeholder-pack');
  const loaded = lessons.find((l) => l.lesson.id === 'placeholder-text')!;
  const lesson = evaluateModule(lessonModuleCode(loaded));
  const html = lessonLeaves(lesson)
    .map((leaf) => leaf.html)
    .join('\n');

  it('compiles with no error', () => {
    expect(where.filter((line) => line.includes('error'))).toEqual([]);
  });

  it('keeps the text as written, in every field', () => {
    expect(lesson.title).toBe('Chữ __ASSET_0__ và lesson-link:0 trong bài');
    expect(lesson.summary).toBe('Bài nói về chữ __ASSET_0__, &ASSET0; và lesson-link:0.');
    expect(lesson.objectives).toEqual(['Viết được __ASSET_1__ mà không hỏng bài.']);
    expect(lesson.quiz[3]).toMatchObject({ question: 'Câu __ASSET_3__ và lesson-link:3?', explanation: 'Vì &ASSET3; là chữ.' });
    expect(html).toContain('Bài học có chữ __ASSET_0__, chữ __ASSET_7__, chữ lesson-link:0, lesson-link:9 và &#x26;ASSET0; và &#x26;ASSET0;.');
    expect(html).toContain('<code>__ASSET_0__</code> trong mã, và <code>" + alert(1) + "</code>');
    expect(lessonLeaves(lesson).map((leaf) => leaf.text)).toContain('Bài học có chữ __ASSET_0__, chữ __ASSET_7__, chữ lesson-link:0, lesson-link:9 và &ASSET0; và &ASSET0;.');
    expect(html).toContain('alt="Chiếc khiên __ASSET_0__" title="lesson-link:0"');
  });

  it('points pictures at their files and lesson links at their lessons', () => {
    const shield = path.basename(loaded.assets[0]!);
    expect(shield).toMatch(/^shield-[0-9a-f]{16}\.svg$/);
    expect(html).toContain(`<img src="/assets/${shield}" alt="Chiếc khiên __ASSET_0__"`);
    expect(html).toContain('<a href="/lesson/placeholder-hotline">bài Gọi 111 (lesson-link:0)</a>');
    expect(cardsOf(lesson)).toEqual([
      {
        type: 'cards',
        title: 'Thẻ __ASSET_0__',
        cards: [
          { html: `Thẻ có lesson-link:0 và <img src="/assets/${shield}" alt="khiên" width="64" height="64" decoding="async">`, text: 'Thẻ có lesson-link:0 và', pictures: 1 },
          { html: 'Thẻ có &#x26;ASSET0;', text: 'Thẻ có &ASSET0;' },
        ],
      },
    ]);
  });
});

describe('YAML alias bombs', () => {
  it('reports a billion-laughs front matter and quiz as file:line diagnostics, without throwing', () => {
    const { where } = load('yaml-bomb-pack');
    expect(where).toContainEqual(expect.stringMatching(/^lop-4-5\/personal-data\/bai\.vi\.md:10:9: error: the YAML repeats aliases \(\*name\) too often/));
    expect(where).toContainEqual(expect.stringMatching(/^lop-4-5\/personal-data\/bai\.vi\.md:37:17: error: the YAML repeats aliases \(\*name\) too often/));
  });
});
