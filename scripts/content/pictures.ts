/**
 * Lesson pictures, from the file an author named to the file the app ships. The path checked must be
 * the file shipped, and the bytes checked must be the bytes shipped, so each picture is:
 *
 *   1. found only inside the lesson pack, through real folders: a path leaving the pack ("../",
 *      absolute) or passing through a symbolic link is refused (either could put any file of the
 *      build machine into the public build, or a checked name in front of an unchecked file);
 *   2. read once, and checked: an SVG is parsed and written afresh (svg.ts); a PNG, JPEG, GIF or WebP
 *      must start with its format's signature and stay under a size limit;
 *   3. written, exactly as checked, to a folder of checked copies, named by a hash of those bytes. The
 *      lesson module imports the copy (emit.ts), never the author's file, so no name of the author's
 *      reaches the bundler — not even one with "?raw" or "#" in it.
 *
 * The name rules (no ? # % \ or control characters) are checked on the Markdown side, in markdown.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { pictureSizeOf, type PictureSize } from './pictureSize.ts';
import { sanitizeSvg } from './svg.ts';

/** Where a picture path leads: a regular file inside the pack, or why it may not be used. */
export type PictureStatus = 'file' | 'missing' | 'outside' | 'symlink' | 'not-a-file';

/** Photos are welcome but a lesson is read on slow links: a picture larger than this is refused. */
export const MAX_RASTER_BYTES = 2_000_000;

const SIGNATURES: Record<string, { test: (bytes: Buffer) => boolean; format: string }> = {
  '.png': { test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), format: 'PNG' },
  '.jpg': { test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff, format: 'JPEG' },
  '.gif': { test: (b) => /^GIF8[79]a$/.test(b.toString('latin1', 0, 6)), format: 'GIF' },
  '.webp': { test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP', format: 'WebP' },
};

interface Verdict {
  safe: boolean;
  /** The checked copy the app ships. */
  shipped?: string;
  size?: PictureSize;
}

export class Pictures {
  readonly diagnostics: Diagnostic[] = [];
  private readonly verdicts = new Map<string, Verdict>();

  /**
   * @param root the lesson pack's folder: pictures must be inside it
   * @param shipDir the folder of checked copies (shared between runs: names are content hashes)
   */
  constructor(
    private readonly root: string,
    private readonly shipDir: string,
  ) {}

  private readonly statuses = new Map<string, PictureStatus>();

  /** Asked once per lesson that shows the picture and once to check it: walked once per run. */
  status(file: string): PictureStatus {
    const known = this.statuses.get(file);
    if (known) return known;
    const status = this.walk(file);
    this.statuses.set(file, status);
    return status;
  }

  private walk(file: string): PictureStatus {
    const relative = path.relative(this.root, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return 'outside';
    // Every step from the pack's folder down to the file must be a real folder or file, not a link.
    let current = this.root;
    for (const part of relative.split(path.sep)) {
      current = path.join(current, part);
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(current);
      } catch {
        return 'missing';
      }
      if (stat.isSymbolicLink()) return 'symlink';
    }
    return fs.statSync(file).isFile() ? 'file' : 'not-a-file';
  }

  /** Whether the picture may be shipped; its problems are reported on it, once per run. */
  isSafe(file: string): boolean {
    return this.verdict(file).safe;
  }

  size(file: string): PictureSize | undefined {
    return this.verdict(file).size;
  }

  /** The checked copy of a safe picture. */
  shipped(file: string): string {
    const { shipped } = this.verdict(file);
    if (!shipped) throw new Error(`picture ${file} was not checked, or is not safe`);
    return shipped;
  }

  private verdict(file: string): Verdict {
    const known = this.verdicts.get(file);
    if (known) return known;
    const verdict = this.check(file);
    this.verdicts.set(file, verdict);
    return verdict;
  }

  private check(file: string): Verdict {
    const report = (line: number, column: number, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
      this.diagnostics.push({ file, line, column, severity, message, hint });
    if (this.status(file) !== 'file') return { safe: false };
    const extension = path.extname(file).toLowerCase() === '.jpeg' ? '.jpg' : path.extname(file).toLowerCase();
    const bytes = fs.readFileSync(file);
    let shippedBytes: Buffer;
    if (extension === '.svg') {
      const { problems, svg } = sanitizeSvg(bytes);
      for (const p of problems) report(p.line, p.column, p.message, p.hint, p.severity === 'warning' ? 'warning' : 'error');
      if (svg === undefined) return { safe: false };
      shippedBytes = Buffer.from(svg, 'utf8');
    } else {
      const signature = SIGNATURES[extension];
      if (!signature) return { safe: false };
      if (!signature.test(bytes)) {
        report(1, 1, `the picture is named ${extension} but is not a ${signature.format} file`, `open it in a drawing program and export it as ${signature.format}`);
        return { safe: false };
      }
      if (bytes.length > MAX_RASTER_BYTES) {
        report(1, 1, `the picture is ${bytes.length} bytes; a lesson picture may have at most ${MAX_RASTER_BYTES}`, 'make it smaller (a lesson picture needs at most 1200 pixels across)');
        return { safe: false };
      }
      shippedBytes = bytes;
    }
    // A picture whose header does not say gets no width and height on its <img>.
    const size = pictureSizeOf(shippedBytes, extension);
    return { safe: true, shipped: this.write(file, shippedBytes, extension), ...(size ? { size } : {}) };
  }

  /** The checked bytes under a name made of the picture's own name (ASCII) and their hash. */
  private write(file: string, bytes: Buffer, extension: string): string {
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const stem =
      path
        .basename(file, path.extname(file))
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || 'picture';
    const shipped = path.join(this.shipDir, `${stem}-${hash}${extension}`);
    if (!sameBytes(shipped, bytes)) {
      fs.mkdirSync(this.shipDir, { recursive: true });
      // Written aside and renamed, so a build reading it at the same moment never sees half a file.
      const partial = `${shipped}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(partial, bytes);
        fs.renameSync(partial, shipped);
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
    }
    return shipped;
  }
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    return fs.readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}
