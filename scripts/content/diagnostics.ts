/** Problems found in content, collected (never thrown one by one) so a single run reports them all. */
import path from 'node:path';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  hint?: string;
}

export interface Position {
  line: number;
  column: number;
}

export const START_OF_FILE: Position = { line: 1, column: 1 };

export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  error(at: Position | undefined, message: string, hint?: string): void {
    this.add('error', at, message, hint);
  }

  warn(at: Position | undefined, message: string, hint?: string): void {
    this.add('warning', at, message, hint);
  }

  private add(severity: Severity, at: Position | undefined, message: string, hint?: string): void {
    const { line, column } = at ?? START_OF_FILE;
    this.items.push({ file: this.file, line, column, severity, message, hint });
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorted by file and position so the report reads top to bottom and is stable between runs. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** `file:line:col: error: message (hint)`, the format editors and CI logs turn into links. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const file = path.relative(cwd, d.file) || d.file;
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}${hint}`;
}
