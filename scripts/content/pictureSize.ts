/**
 * The intrinsic size of a lesson picture, read from its file, so the compiler can write width and
 * height on its <img>: the browser then keeps the picture's place before it loads (with the stylesheet's
 * `height: auto` it still scales to the column), and the text below does not jump when it arrives.
 * Undefined when the file does not say (an SVG with neither width/height nor viewBox, an odd format).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PictureSize {
  width: number;
  height: number;
}

export function pictureSize(file: string): PictureSize | undefined {
  try {
    return pictureSizeOf(fs.readFileSync(file), path.extname(file));
  } catch {
    // Unreadable: the picture's own checks report it.
    return undefined;
  }
}

/** The size written in a picture's bytes, by its extension (".svg", ".png" …). */
export function pictureSizeOf(bytes: Buffer, extension: string): PictureSize | undefined {
  switch (extension.toLowerCase()) {
    case '.svg':
      return svgSize(bytes.toString('utf8'));
    case '.png':
      return pngSize(bytes);
    case '.gif':
      return gifSize(bytes);
    case '.jpg':
    case '.jpeg':
      return jpegSize(bytes);
    case '.webp':
      return webpSize(bytes);
    default:
      return undefined;
  }
}

const valid = (width: number, height: number): PictureSize | undefined =>
  Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined;

/** width/height in px (or unitless) on the root element, else its viewBox. */
export function svgSize(text: string): PictureSize | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([^"']*?)\\s*["']`, 'i').exec(root)?.[1];
  const length = (value: string | undefined) => (value && /^[\d.]+(px)?$/.test(value) ? Number.parseFloat(value) : Number.NaN);
  const sized = valid(length(attribute('width')), length(attribute('height')));
  if (sized) return sized;
  const box = attribute('viewBox')?.split(/[\s,]+/).map(Number);
  return box?.length === 4 ? valid(box[2]!, box[3]!) : undefined;
}

function pngSize(bytes: Buffer): PictureSize | undefined {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return valid(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
}

function gifSize(bytes: Buffer): PictureSize | undefined {
  if (bytes.length < 10 || bytes.toString('latin1', 0, 3) !== 'GIF') return undefined;
  return valid(bytes.readUInt16LE(6), bytes.readUInt16LE(8));
}

/** The first start-of-frame segment (SOF0–SOF15 but the DHT, JPG and DAC markers). */
function jpegSize(bytes: Buffer): PictureSize | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return valid(bytes.readUInt16BE(offset + 7), bytes.readUInt16BE(offset + 5));
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}

function webpSize(bytes: Buffer): PictureSize | undefined {
  if (bytes.length < 30 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return undefined;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return valid(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return valid((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return valid(bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
  return undefined;
}
