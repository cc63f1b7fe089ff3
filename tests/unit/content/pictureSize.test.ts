/** Pictures get their width and height from their files, so a page keeps their place before they load. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureSize, svgSize } from '../../../scripts/content/pictureSize';
import { compilePack, frontMatter, pupilBody, quiz } from './pack';

function file(name: string, bytes: Buffer | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'picture-size-'));
  const target = path.join(dir, name);
  fs.writeFileSync(target, bytes);
  return target;
}

describe('the size of a picture', () => {
  it.each([
    ['width and height', '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 32 20"/>', { width: 320, height: 200 }],
    ['px units', "<svg width='48px' height='24px'/>", { width: 48, height: 24 }],
    ['only a viewBox', '<?xml version="1.0"?>\n<svg viewBox="0 0 640 360"><rect/></svg>', { width: 640, height: 360 }],
    ['a relative width, so the viewBox', '<svg width="100%" height="100%" viewBox="0,0,90,30"/>', { width: 90, height: 30 }],
    ['nothing to go by', '<svg><rect/></svg>', undefined],
  ])('reads an SVG with %s', (_, text, size) => {
    expect(svgSize(text)).toEqual(size);
  });

  it('reads PNG, GIF, JPEG and WebP headers', () => {
    const png = Buffer.alloc(33);
    png.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    png.writeUInt32BE(13, 8);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(pictureSize(file('a.png', png))).toEqual({ width: 640, height: 480 });

    const gif = Buffer.alloc(13);
    gif.write('GIF89a', 0, 'latin1');
    gif.writeUInt16LE(120, 6);
    gif.writeUInt16LE(90, 8);
    expect(pictureSize(file('a.gif', gif))).toEqual({ width: 120, height: 90 });

    // SOI, an APP0 segment to skip, then SOF0: length, precision, height, width.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(pictureSize(file('a.jpg', jpeg))).toEqual({ width: 400, height: 300 });

    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(799, 24, 3);
    webp.writeUIntLE(599, 27, 3);
    expect(pictureSize(file('a.webp', webp))).toEqual({ width: 800, height: 600 });

    expect(pictureSize(file('b.png', 'not a png at all, not at all'))).toBeUndefined();
  });

  it('is written on the lesson picture', () => {
    const result = compilePack({
      'lop-4-5/personal-data/a.vi.md': `${frontMatter()}\n![Một hình](images/h.svg)\n${pupilBody()}${quiz()}`,
      'lop-4-5/personal-data/images/h.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><rect width="300" height="150"/></svg>',
    });
    expect(JSON.stringify(result.lessons[0]!.lesson.sections)).toMatch(/<img src=\\"[^"\\]*\\" alt=\\"Một hình\\" width=\\"300\\" height=\\"150\\"/);
  });
});
