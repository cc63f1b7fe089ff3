import { describe, expect, it } from 'vitest';
import { shrinkToFit } from '../../../src/ui/shrinkToFit';

/** A stand-in for layout: the content "fits" once --fit is at or below `fitsAt`. */
function box(fitsAt: number) {
  const element = document.createElement('div');
  const fits = () => Number(element.style.getPropertyValue('--fit')) <= fitsAt;
  return { element, fits };
}

describe('type scaled to fit a screen', () => {
  it('leaves type that fits at full size', () => {
    const { element, fits } = box(1);
    expect(shrinkToFit(element, fits, { min: 0.6 })).toBe(1);
    expect(element.style.getPropertyValue('--fit')).toBe('1');
  });

  it('stops at the largest step that fits', () => {
    const { element, fits } = box(0.82);
    expect(shrinkToFit(element, fits, { min: 0.6 })).toBe(0.8);
    expect(element.style.getPropertyValue('--fit')).toBe('0.80');
  });

  it('never goes below the smallest readable scale, even when nothing fits', () => {
    const { element, fits } = box(0.1);
    expect(shrinkToFit(element, fits, { min: 0.77 })).toBe(0.77);
    expect(element.style.getPropertyValue('--fit')).toBe('0.77');
  });
});
