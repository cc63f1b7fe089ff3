import { describe, expect, it } from 'vitest';
import { dayStamp, longDate, longDateTime } from '../../../src/i18n/dates';

// 7 December 2026, 14:05 on this computer's clock.
const moment = new Date(2026, 11, 7, 14, 5).getTime();

describe('the app’s dates', () => {
  it('writes a day as each language writes it in a sentence', () => {
    expect(longDate(moment, 'vi')).toBe('ngày 7 tháng 12 năm 2026');
    expect(longDate(moment, 'vi', { start: true })).toBe('Ngày 7 tháng 12 năm 2026');
    expect(longDate(moment, 'en')).toBe('7 December 2026');
    expect(longDate(new Date(2027, 0, 31), 'en')).toBe('31 January 2027');
  });

  it('reads a calendar day (the build date) without moving it through a time zone', () => {
    expect(longDate('2025-11-28', 'vi')).toBe('ngày 28 tháng 11 năm 2025');
    expect(longDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(() => longDate('28/11/2025', 'vi')).toThrow(RangeError);
  });

  it('writes the day in a file name as YYYY-MM-DD on this computer’s calendar, the same day longDate writes', () => {
    expect(dayStamp(moment)).toBe('2026-12-07');
    // Just before local midnight is still that day, whatever the day in UTC.
    const lateEvening = new Date(2027, 0, 5, 23, 59);
    expect(dayStamp(lateEvening)).toBe('2027-01-05');
    expect(longDate(dayStamp(lateEvening), 'vi')).toBe(longDate(lateEvening, 'vi'));
    expect(dayStamp('2025-11-28')).toBe('2025-11-28');
  });

  it('puts the time of day before the date in Vietnamese and after it in English', () => {
    expect(longDateTime(moment, 'vi')).toBe('14:05 ngày 7 tháng 12 năm 2026');
    expect(longDateTime(moment, 'en')).toBe('7 December 2026, 14:05');
    expect(longDateTime(new Date(2026, 2, 9, 7, 3), 'vi')).toBe('07:03 ngày 9 tháng 3 năm 2026');
  });
});
