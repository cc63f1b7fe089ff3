/**
 * What is on each page of a PDF Chromium printed, read with poppler's pdftotext (Debian's
 * poppler-utils, installed by .ci/run): the page's size and every word with its box, in points. A page
 * with no word is blank; a word past the page's right edge was cut off the paper.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** points */
  width: number;
  height: number;
  words: PdfWord[];
  /** The words in reading order, separated by single spaces. */
  text: string;
}

function pdftotext(): string {
  for (const candidate of ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext']) if (fs.existsSync(candidate)) return candidate;
  throw new Error("pdftotext was not found: install Debian's poppler-utils (sudo apt-get install -y poppler-utils), as .ci/run does");
}

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[name] ?? '');

export function pdfPages(pdf: Buffer | Uint8Array): PdfPage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    fs.writeFileSync(file, pdf);
    const html = execFileSync(pdftotext(), ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => {
      const words = [...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({ text: unescape(text!), xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) }),
      );
      return { width: Number(width), height: Number(height), words, text: words.map((word) => word.text).join(' ') };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A page's words as the eye reads them: line by line from the top (words whose vertical middles lie
 * within half a line of each other share a line), each line from the left. pdftotext's own order
 * follows its guess at text blocks, which may put a foot line before the last lines above it (it did
 * once on CI), so what is "at the foot" is asked of this order.
 */
export function visualText(page: PdfPage): string {
  const middle = (word: PdfWord) => (word.yMin + word.yMax) / 2;
  const lines: PdfWord[][] = [];
  for (const word of [...page.words].sort((a, b) => middle(a) - middle(b))) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && middle(word) - middle(first) < (first.yMax - first.yMin) / 2) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin).map((word) => word.text).join(' ')).join(' ');
}
