/** Pictures get their width and height from their files, so a page keeps their place before they load. */
import { describe, expect, it } from 'vitest';
import { pictureSizeOf } from '../../../scripts/content/pictureSize';
import { sanitizeSvg } from '../../../scripts/content/svg';
import { compilePack, frontMatter, pupilBody, quiz } from './pack';

/** An SVG's size is read from what the app ships: the sanitizer's output (pictures.ts). */
function svgSize(text: string) {
  const { svg } = sanitizeSvg(Buffer.from(text));
  return pictureSizeOf(Buffer.from(svg!), '.svg');
}

describe('the size of a picture', () => {
  it.each([
    ['width and height', '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 32 20"/>', { width: 320, height: 200 }],
    ['px units', "<svg width='48px' height='24px'/>", { width: 48, height: 24 }],
    ['inches, as the browser draws them (96 px each)', '<svg width="2in" height="1in"/>', { width: 192, height: 96 }],
    ['only a viewBox', '<?xml version="1.0"?>\n<svg viewBox="0 0 640 360"><rect/></svg>', { width: 640, height: 360 }],
    ['a relative width, so the viewBox (commas and spaces as the browser reads them)', '<svg width="100%" height="100%" viewBox=" 0,0, 90  30 "/>', { width: 90, height: 30 }],
    ['a width and a height inside another attribute\'s value', `<svg aria-label="a width='5' height='5'" viewBox="0 0 30 20"/>`, { width: 30, height: 20 }],
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
    expect(pictureSizeOf(png, '.png')).toEqual({ width: 640, height: 480 });

    const gif = Buffer.alloc(13);
    gif.write('GIF89a', 0, 'latin1');
    gif.writeUInt16LE(120, 6);
    gif.writeUInt16LE(90, 8);
    expect(pictureSizeOf(gif, '.gif')).toEqual({ width: 120, height: 90 });

    // SOI, an APP0 segment to skip, then SOF0: length, precision, height, width.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(pictureSizeOf(jpeg, '.jpg')).toEqual({ width: 400, height: 300 });
    expect(pictureSizeOf(jpeg, '.jpeg')).toEqual({ width: 400, height: 300 });

    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(799, 24, 3);
    webp.writeUIntLE(599, 27, 3);
    expect(pictureSizeOf(webp, '.webp')).toEqual({ width: 800, height: 600 });
  });

  it('swaps width and height of a phone photo stored on its side (EXIF orientation 6)', () => {
    // SOI; APP1 "Exif" with a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6;
    // then SOF0 of a 400 × 300 image, which the browser shows turned: 300 wide, 400 high.
    const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0x00, 0x06, 0, 0, 0, 0, 0, 0];
    const app1 = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, app1.length + 2, ...app1, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0]);
    expect(pictureSizeOf(jpeg, '.jpg')).toEqual({ width: 300, height: 400 });
  });

  it('says nothing of bytes that are not the format their name says, or cut short', () => {
    expect(pictureSizeOf(Buffer.from('not a png at all, not at all'), '.png')).toBeUndefined();
    const gif = Buffer.alloc(13);
    gif.write('GIF89a', 0, 'latin1');
    gif.writeUInt16LE(120, 6);
    gif.writeUInt16LE(90, 8);
    expect(pictureSizeOf(gif, '.png')).toBeUndefined();
    expect(pictureSizeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), '.jpg')).toBeUndefined();
    expect(pictureSizeOf(gif, '.bmp')).toBeUndefined();
  });

  it('is written on the lesson picture', () => {
    const result = compilePack({
      'lop-4-5/personal-data/a.vi.md': `${frontMatter()}\n![Một hình](images/h.svg)\n${pupilBody()}${quiz()}`,
      'lop-4-5/personal-data/images/h.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><rect width="300" height="150"/></svg>',
    });
    expect(JSON.stringify(result.lessons[0]!.lesson.sections)).toMatch(/<img src=\\"[^"\\]*\\" alt=\\"Một hình\\" width=\\"300\\" height=\\"150\\"/);
  });
});
