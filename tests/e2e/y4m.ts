/**
 * A video for Chromium's fake camera (--use-file-for-fake-video-capture=<file>.y4m), written in Node
 * without ffmpeg: YUV4MPEG2, 4:2:0, each picture a grey-level frame (the Y plane) with neutral colour
 * (U and V at 128) — what a QR code on a monitor needs. Chromium plays it at its frame rate, looping.
 */
import fs from 'node:fs';

export interface GreyPicture {
  width: number;
  height: number;
  /** one byte a pixel, row by row (0 black, 255 white) */
  luma: Uint8Array;
}

/** Writes `pictures`, each held for `framesEach` frames at `fps`, to `file`. */
export function writeY4m(file: string, pictures: readonly GreyPicture[], framesEach: number, fps: number): void {
  const first = pictures[0];
  if (!first) throw new Error('a video needs a picture');
  const { width, height } = first;
  // 4:2:0 halves both directions: even sizes keep every chroma sample whole.
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('the picture needs an even width and height');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii')];
  for (const picture of pictures) {
    if (picture.width !== width || picture.height !== height || picture.luma.length !== width * height) throw new Error('every picture needs the same size');
    for (let i = 0; i < framesEach; i++) parts.push(Buffer.from('FRAME\n', 'ascii'), Buffer.from(picture.luma), chroma);
  }
  fs.writeFileSync(file, Buffer.concat(parts));
}

/** A QR code's modules (true = dark) drawn black on white, centred in a `width` × `height` picture, `scale` pixels a module. */
export function qrPicture(modules: readonly (readonly boolean[])[], width: number, height: number, scale: number): GreyPicture {
  const luma = new Uint8Array(width * height).fill(255);
  const size = modules.length * scale;
  const left = Math.floor((width - size) / 2);
  const top = Math.floor((height - size) / 2);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) luma.fill(0, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
    }),
  );
  return { width, height, luma };
}
