/**
 * The class report as a CSV file that Excel opens with Vietnamese diacritics intact.
 *
 * Excel reads a CSV as the Windows ANSI code page unless it starts with a UTF-8 byte-order mark, so the
 * file is UTF-8 with a BOM (EF BB BF). Lines end in CRLF and a field is quoted when it holds the
 * separator, a quote or a line break (RFC 4180), quotes doubled. A "sep=," line would force the
 * delimiter but makes Excel ignore the BOM, so there is none. Excel splits columns at the list separator
 * of Windows' region settings: a comma for English, a semicolon where the decimal mark is a comma — as
 * on a PC set to Vietnamese. So there are two files, both with the BOM: commas, and "Excel (;)".
 *
 * Nicknames and class labels come from children's files: text starting with = + - @ (or a tab / CR)
 * would run as a formula in Excel, so it gets a leading apostrophe (OWASP "CSV injection").
 */
import { asciiSlug } from '../../domain/fileNames';
import { dayStamp } from '../../i18n/dates';
import type { ClassReport } from './report';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** ',' for the usual CSV; ';' for Excel on Windows set to a region that writes decimals with a comma. */
export type CsvSeparator = ',' | ';';

/** A number is written as is (a score Excel can sum); text is guarded and quoted as needed. */
export type CsvValue = string | number | undefined;

export function csvField(value: CsvValue, separator: CsvSeparator = ','): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // NFC: a nickname typed on a Mac arrives decomposed, which some Windows fonts draw with loose accents.
  const nfc = value.normalize('NFC');
  const text = /^[=+\-@\t\r]/.test(nfc) ? `'${nfc}` : nfc;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as text, BOM first, every line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[], separator: CsvSeparator = ','): string {
  return CSV_BOM + rows.map((row) => row.map((value) => csvField(value, separator)).join(separator) + CRLF).join('');
}

/** The UTF-8 bytes of a CSV text (the BOM becomes EF BB BF). */
export function csvBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export interface CsvHeadings {
  nickname: string;
  classLabel: string;
}

/**
 * One row per learner: nickname, class, then each lesson's best score in percent (empty when the
 * learner has not finished the lesson's quiz). The header row names the lessons by their titles.
 */
export function reportCsv(report: ClassReport, headings: CsvHeadings, separator: CsvSeparator = ','): string {
  const header: CsvValue[] = [headings.nickname, headings.classLabel, ...report.lessons.map((lesson) => lesson.title)];
  const rows = report.rows.map((row): CsvValue[] => [row.learner.nickname, row.learner.classLabel, ...row.cells.map((cell) => cell.bestPercent)]);
  return toCsv([header, ...rows], separator);
}

/**
 * A plain-ASCII name that survives USB sticks, e-mail and old Windows, like the progress files':
 * `bao-cao-lop-6a-2026-11-23.csv` for one class, `bao-cao-lop-2026-11-23.csv` for all (local date);
 * the semicolon file ends in `-excel.csv`, so both can sit in one folder.
 */
export function reportFileName(classLabel: string | undefined, date: Date, separator: CsvSeparator = ','): string {
  const slug = classLabel === undefined ? '' : asciiSlug(classLabel);
  return `bao-cao-lop-${slug ? `${slug}-` : ''}${dayStamp(date)}${separator === ';' ? '-excel' : ''}.csv`;
}
