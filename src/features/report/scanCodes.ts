/**
 * The teacher's side of results as QR codes (src/domain/resultCodes.ts): the texts the camera reads, one
 * after another, become the progress files they stand for. The camera reads the code in front of it
 * many times a second, so a text seen just before is ignored; parts of a sequence are collected per set,
 * in any order, and a set is read as a file is — by the same parser, with the same score check — only
 * once every part is in. A refused code changes nothing: its own parts are dropped, other sets stay.
 */
import type { parseTransferFile, TransferErrorCode } from '../../domain/parseProgressFile';
import type { TransferFile } from '../../domain/progressFile';
import type * as ResultCodes from '../../domain/resultCodes';
import type { CodePart, CodeProblem } from '../../domain/resultCodes';

/** The encoding's module, loaded by the scan screen (with the parser) when the camera opens. */
type Codes = typeof ResultCodes;

export type ScanProblem = CodeProblem | TransferErrorCode;

export type ScanOutcome =
  | { kind: 'part'; have: number; total: number }
  /** A set already kept (scanned before, on this device): nothing changes. */
  | { kind: 'again' }
  | { kind: 'refused'; reason: ScanProblem }
  /** `text`: the progress file as JSON, what is stored; `file`: it, parsed. */
  | { kind: 'complete'; set: string; text: string; file: TransferFile };

export class CodeCollector {
  private readonly sets = new Map<string, Map<number, CodePart>>();
  /** Sets completed here: stored, though the stored list the caller reads may not show them yet. */
  private readonly done = new Set<string>();
  private last = '';

  /** `isKept`: whether a set is already stored on this device (the caller's live list). */
  constructor(
    private readonly codes: Codes,
    private readonly parse: typeof parseTransferFile,
    private readonly isKept: (set: string) => boolean,
  ) {}

  /** The teacher cleared the stored sets: everything may be scanned anew. */
  forget(): void {
    this.sets.clear();
    this.done.clear();
    this.last = '';
  }

  /** What one read text changes; undefined when it is the text read just before (the same code still in view). */
  add(text: string, now = Date.now()): ScanOutcome | undefined {
    if (text === this.last) return undefined;
    this.last = text;
    let part: CodePart;
    try {
      part = this.codes.readCode(text);
    } catch (error) {
      if (error instanceof this.codes.ResultCodeError) return { kind: 'refused', reason: error.reason };
      throw error;
    }
    if (this.done.has(part.set) || this.isKept(part.set)) return { kind: 'again' };
    const parts = this.sets.get(part.set) ?? new Map<number, CodePart>();
    this.sets.set(part.set, parts);
    parts.set(part.index, part);
    if (parts.size < part.total) return { kind: 'part', have: parts.size, total: part.total };

    this.sets.delete(part.set);
    let file: ReturnType<Codes['messageToFile']>;
    try {
      file = this.codes.messageToFile(this.codes.joinParts([...parts.values()]));
    } catch (error) {
      if (error instanceof this.codes.ResultCodeError) return { kind: 'refused', reason: error.reason };
      throw error;
    }
    const json = JSON.stringify(file);
    const parsed = this.parse(json, { now });
    if (!parsed.ok) return { kind: 'refused', reason: parsed.reason };
    this.done.add(part.set);
    return { kind: 'complete', set: part.set, text: json, file: parsed.file };
  }
}
