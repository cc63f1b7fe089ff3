import { describe, expect, it } from 'vitest';
import { scaleFloor, shrinkToFit } from '../../../src/ui/shrinkToFit';

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

  it('gives the smallest scale that keeps type at its floor in CSS pixels, none below it when it is there already', () => {
    expect(scaleFloor(40, 20)).toBe(0.5);
    expect(scaleFloor(33, 20)).toBe(0.61); // rounded up: 0.61 × 33 px ≥ 20 px
    // At 200% zoom the slide's type is at the floor already: no shrinking at all.
    expect(scaleFloor(20, 20)).toBe(1);
    expect(scaleFloor(15, 20)).toBe(1);
  });
});
