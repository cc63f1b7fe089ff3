/**
 * Reading the progress files a teacher dropped: each one checked on its own by the progress-file parser
 * (src/domain/parseProgressFile.ts), so one broken file never stops the others. The parser brings zod,
 * loaded only when files arrive (the report page itself stays small).
 */
import { PROGRESS_FILE_MAX_BYTES } from '../../domain/limits';
import type { parseTransferFile, TextPosition, TransferErrorCode } from '../../domain/parseProgressFile';
import type { TransferFile } from '../../domain/progressFile';

export type FileProblem = TransferErrorCode | 'unreadable';

export type FileOutcome = { name: string; ok: true; file: TransferFile } | { name: string; ok: false; reason: FileProblem; detail?: string; at?: TextPosition };

const loadParser = () => import('../../domain/parseProgressFile');

/** One outcome per file, in the order given. Never throws. */
export async function readProgressFiles(files: readonly File[]): Promise<FileOutcome[]> {
  if (files.length === 0) return [];
  let parse: typeof parseTransferFile;
  try {
    parse = (await loadParser()).parseTransferFile;
  } catch {
    // The app's own chunk could not load (an update half-installed): nothing can be checked.
    return files.map((file) => ({ name: file.name, ok: false, reason: 'unreadable' }));
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await readOne(file, parse));
  return outcomes;
}

async function readOne(file: File, parse: typeof parseTransferFile): Promise<FileOutcome> {
  if (file.size > PROGRESS_FILE_MAX_BYTES) return { name: file.name, ok: false, reason: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    // Removed or moved since it was chosen, or a folder dropped by mistake.
    return { name: file.name, ok: false, reason: 'unreadable' };
  }
  const parsed = parse(bytes);
  return parsed.ok ? { name: file.name, ok: true, file: parsed.file } : { name: file.name, ok: false, reason: parsed.reason, detail: parsed.detail, at: parsed.at };
}
