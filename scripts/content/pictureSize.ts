/**
 * The intrinsic size of a lesson picture, read from the checked bytes the app ships (pictures.ts), so
 * the compiler can write width and height on its <img>: the browser then keeps the picture's place
 * before it loads (with the stylesheet's `height: auto` it still scales to the column), and the text
 * below does not jump when it arrives.
 *
 * The headers are read by image-size, a maintained reader (our own covered fewer cases: JPEG's EXIF
 * orientation, SVG lengths in other units than px). An SVG is read from the sanitizer's output
 * (svg.ts), whose root element is written in one canonical form — double-quoted values with no quote
 * inside, a viewBox of four numbers between single spaces — so image-size's reading of its root tag
 * cannot be misled by what the author wrote.
 *
 * Undefined when the bytes do not say (an SVG with neither width/height nor viewBox, a header cut short).
 */
import { imageSize } from 'image-size';

export interface PictureSize {
  width: number;
  height: number;
}

/** What image-size calls each format the compiler accepts, by the extension of the checked copy. */
const TYPES: Record<string, string> = { '.svg': 'svg', '.png': 'png', '.jpg': 'jpg', '.jpeg': 'jpg', '.gif': 'gif', '.webp': 'webp' };

/** EXIF orientations 5 to 8 turn the picture a quarter: a browser shows it with width and height swapped. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

/** The size written in a picture's bytes, by its extension (".svg", ".png" …). */
export function pictureSizeOf(bytes: Uint8Array, extension: string): PictureSize | undefined {
  const type = TYPES[extension.toLowerCase()];
  if (!type) return undefined;
  let read: ReturnType<typeof imageSize>;
  try {
    read = imageSize(bytes);
  } catch {
    return undefined; // not a header image-size can read: no width and height on the <img>
  }
  if (read.type !== type) return undefined;
  const [width, height] = QUARTER_TURNS.has(read.orientation ?? 1) ? [read.height, read.width] : [read.width, read.height];
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined;
}
