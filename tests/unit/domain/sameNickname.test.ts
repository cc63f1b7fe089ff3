import { describe, expect, it } from 'vitest';
import { freeNickname, learnerNamed, lookAlikes } from '../../../src/domain/sameNickname';
import { NICKNAME_MAX_LENGTH } from '../../../src/domain/limits';

const learners = [
  { id: 'a', nickname: 'Lan' },
  { id: 'b', nickname: 'Lan 2' },
  { id: 'c', nickname: 'Minh' },
];

describe('two learners with one nickname', () => {
  it('finds the namesake by the shared name key (case, spaces, NFC), never the learner being edited', () => {
    expect(learnerNamed(learners, '  LAN ')?.id).toBe('a');
    expect(learnerNamed(learners, 'La\u0301n'.normalize('NFD'))).toBeUndefined();
    expect(learnerNamed([{ id: 'd', nickname: 'Lán' }], 'La\u0301n')?.id).toBe('d');
    expect(learnerNamed(learners, 'Lan', 'a')).toBeUndefined();
    expect(learnerNamed(learners, '   ')).toBeUndefined();
  });

  it('suggests the first free number after the name', () => {
    expect(freeNickname(learners, 'lan')).toBe('lan 3');
    expect(freeNickname(learners, 'Minh')).toBe('Minh 2');
    expect(freeNickname(learners, 'Lan', 'b')).toBe('Lan 2');
  });

  it('keeps a suggestion for a long name within the length rule, never cutting a character in half', () => {
    const long = `${'a'.repeat(NICKNAME_MAX_LENGTH - 2)}😀`;
    const suggestion = freeNickname([{ id: 'x', nickname: long }], long);
    expect(suggestion.length).toBeLessThanOrEqual(NICKNAME_MAX_LENGTH);
    expect(suggestion).toBe(`${'a'.repeat(NICKNAME_MAX_LENGTH - 2)} 2`);
    expect(suggestion.isWellFormed()).toBe(true);
  });

  it('finds the learners a list cannot tell apart: the same nickname by the name key, in the same class', () => {
    const alike = lookAlikes([
      { id: 'a', nickname: 'Minh', classLabel: '7A' },
      { id: 'b', nickname: ' minh', classLabel: '7a' },
      { id: 'c', nickname: 'Minh', classLabel: '7B' },
      { id: 'd', nickname: 'Mính', classLabel: '7A' },
      { id: 'e', nickname: 'Lan' },
      { id: 'f', nickname: 'LAN' },
    ]);
    expect([...alike].sort()).toEqual(['a', 'b', 'e', 'f']);
  });
});
