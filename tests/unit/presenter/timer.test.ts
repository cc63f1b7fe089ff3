import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, initialTimer, pauseTimer, remainingMs, resetTimer, startTimer, switchSegment } from '../../../src/features/presenter/timer';

describe('the activity timer', () => {
  it('counts only while running', () => {
    let timer = startTimer(initialTimer('part:0'), 1_000);
    expect(elapsedMs(timer, 61_000)).toBe(60_000);
    timer = pauseTimer(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = startTimer(timer, 600_000);
    expect(elapsedMs(timer, 605_000)).toBe(65_000);
  });

  it('counts a part’s minutes down, and below zero when over time', () => {
    const timer = startTimer(initialTimer('part:1'), 0);
    expect(remainingMs(timer, 5, 60_000)).toBe(4 * 60_000);
    expect(remainingMs(timer, 5, 6 * 60_000)).toBe(-60_000);
  });

  it('counts time for the part on screen and remembers the time already spent on each', () => {
    let timer = startTimer(initialTimer('part:0'), 0);
    timer = switchSegment(timer, 'activity:2.1', 120_000);
    expect(elapsedMs(timer, 150_000)).toBe(30_000);
    timer = switchSegment(timer, 'part:0', 150_000);
    expect(elapsedMs(timer, 160_000)).toBe(130_000);
    expect(timer.running).toBe(true);
  });

  it('resets the part on screen to zero and stops', () => {
    let timer = startTimer(initialTimer('part:0'), 0);
    timer = switchSegment(timer, 'part:1', 10_000);
    timer = resetTimer(timer);
    expect(timer.running).toBe(false);
    expect(elapsedMs(timer, 50_000)).toBe(0);
    expect(elapsedMs(switchSegment(timer, 'part:0', 50_000), 50_000)).toBe(10_000);
  });

  it('shows mm:ss, and hours when needed', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_999)).toBe('01:05');
    expect(formatClock(-61_000)).toBe('01:01');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });
});
