/**
 * Reading the progress files a teacher dropped: each one checked on its own by the transfer module's
 * parser, so one broken file never stops the others. The parser brings zod, loaded only when files
 * arrive (the report page itself stays small).
 */
import type { parseTransferFile, TransferErrorCode } from '../transfer/parse';
import type { TransferFile } from '../transfer/format';

export type FileProblem = TransferErrorCode | 'unreadable';

export type FileOutcome = { name: string; ok: true; file: TransferFile } | { name: string; ok: false; reason: FileProblem; detail?: string };

/**
 * Checked before reading a file, so a huge file is never loaded into memory. The same value as
 * TRANSFER_LIMITS.maxFileBytes, repeated so this check needs no zod.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const loadParser = () => import('../transfer/parse');

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
  if (file.size > MAX_FILE_BYTES) return { name: file.name, ok: false, reason: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    // Removed or moved since it was chosen, or a folder dropped by mistake.
    return { name: file.name, ok: false, reason: 'unreadable' };
  }
  const parsed = parse(bytes);
  return parsed.ok ? { name: file.name, ok: true, file: parsed.file } : { name: file.name, ok: false, reason: parsed.reason, detail: parsed.detail };
}
