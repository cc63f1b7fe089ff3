/**
 * The app's dates, written the way each language writes them in a sentence: "ngày 7 tháng 12 năm 2026",
 * "7 December 2026". Every date the app shows or prints (certificate, Cài đặt's version and lock notes,
 * a learner's card, the review of attempts, the class report, the recovery code's printout) goes
 * through here, and so does the day in the names of the files it writes ("2026-12-07", dayStamp). Built by hand rather than with toLocaleDateString: browsers write Vietnamese dates
 * their own ways ("7 tháng 12, 2026", "7 thg 12, 2026", "07/12/2026"), none of them the written one.
 */
import type { Locale } from '../content/vocabulary';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A moment (a Date or ms since epoch, read in this computer's time zone), or a calendar day "YYYY-MM-DD". */
export type DateInput = Date | number | string;

interface Day {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function dayOf(when: DateInput): Day {
  if (typeof when === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when);
    if (!match) throw new RangeError(`not a calendar day (YYYY-MM-DD): ${when}`);
    return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  }
  const date = new Date(when);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day as `2026-12-07` (a moment read in this computer's time zone): the day in a file's name,
 * what a teacher looking for the file remembers; it sorts by date, and reads back through longDate.
 */
export function dayStamp(when: DateInput): string {
  const { year, month, day } = dayOf(when);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

export interface LongDateOptions {
  /** The date begins a sentence or a line: Vietnamese capitalises "Ngày". */
  start?: boolean;
}

/** "ngày 7 tháng 12 năm 2026" / "7 December 2026". */
export function longDate(when: DateInput, locale: Locale, { start = false }: LongDateOptions = {}): string {
  const { year, month, day } = dayOf(when);
  if (locale === 'vi') return `${start ? 'Ngày' : 'ngày'} ${day} tháng ${month} năm ${year}`;
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** "14:05 ngày 7 tháng 12 năm 2026" / "7 December 2026, 14:05" (24-hour clock, this computer's time zone). */
export function longDateTime(when: Date | number, locale: Locale): string {
  const date = new Date(when);
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return locale === 'vi' ? `${time} ${longDate(date, locale)}` : `${longDate(date, locale)}, ${time}`;
}
