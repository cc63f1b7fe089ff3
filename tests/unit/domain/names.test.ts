import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/domain/learning';
import { checkName, repairName } from '../../../src/domain/names';

describe('the one rule for names', () => {
  it.each([
    ['Bảo Ngọc', 'nickname', { ok: true, value: 'Bảo Ngọc' }],
    ['  Lan ', 'nickname', { ok: true, value: 'Lan' }],
    ['Ngo\u0323c', 'nickname', { ok: true, value: 'Ngọc' }],
    ['🙂 Minh', 'nickname', { ok: true, value: '🙂 Minh' }],
    ['', 'classLabel', { ok: true, value: '' }],
    ['   ', 'nickname', { ok: false, problem: 'empty' }],
    ['x'.repeat(41), 'nickname', { ok: false, problem: 'too-long' }],
    ['Lớp 6A buổi chiều', 'classLabel', { ok: false, problem: 'too-long' }],
    ['Lan\tAnh', 'nickname', { ok: false, problem: 'control' }],
    ['Lan\u0085', 'nickname', { ok: false, problem: 'control' }],
    ['Lan\nAnh', 'classLabel', { ok: false, problem: 'control' }],
    ['\u202Enah', 'nickname', { ok: false, problem: 'bidi' }],
    ['L\u2067an', 'nickname', { ok: false, problem: 'bidi' }],
    ['L\u200Ban', 'nickname', { ok: false, problem: 'zero-width' }],
    ['La\uFEFFn', 'nickname', { ok: false, problem: 'zero-width' }],
    ['Lan\uFEFF', 'nickname', { ok: true, value: 'Lan' }],
    ['Lan\uD83D', 'nickname', { ok: false, problem: 'surrogate' }],
    ['\uDE42Lan', 'nickname', { ok: false, problem: 'surrogate' }],
  ] as const)('%j as a %s', (text, kind, expected) => {
    expect(checkName(text, kind)).toEqual(expected);
  });

  it('repairs an old stored name into one the rule accepts', () => {
    expect(repairName('Lan\tAnh\u200B', 'nickname')).toBe('Lan Anh');
    expect(repairName('🙂'.repeat(30), 'nickname')).toBe('🙂'.repeat(20));
    expect(repairName('\u202E', 'nickname')).toBe('');
  });

  it('matches nicknames and class labels by one key', () => {
    expect(nameKey(' LAN  Anh ')).toBe(nameKey('lan anh'));
    expect(nameKey('Ngo\u0323c')).toBe(nameKey('NGỌC'));
    expect(nameKey('6A')).toBe(nameKey('6a'));
  });
});
