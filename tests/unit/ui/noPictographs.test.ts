/**
 * No emoji or pictographic symbol in the interface: on a Windows 7 school PC without an emoji font
 * 🏅 and 🔒 are empty boxes. Icons are the app's own SVGs (src/ui/icons.tsx). This reads every source
 * file under src/ — components, styles and the i18n strings — and fails on any such character, with
 * where it is. Plain typography in text stays allowed: – — … “ ” ‘ ’ « » · • × ← → and the like.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../../src');

/**
 * Emoji and pictographs (Unicode's Extended_Pictographic), plus the symbol blocks used as ad-hoc icons
 * whatever that property says: arrows (but ← →), technical symbols, geometric shapes (◐ ◀ ▶), misc
 * symbols (★ ☎), dingbats (✓ ✗), more arrows and shapes, and the emoji variation selector.
 */
const PICTOGRAPH = /[\p{Extended_Pictographic}\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u2900-\u297F\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]|\uFE0F/gu;
/**
 * Signs that belong to text although Unicode counts them as pictographs or arrows: the arrows of
 * breadcrumbs ("← Về bài học") and of menu paths in prose ("Cài đặt → Chuyển tiến độ"), © ® ™.
 */
const TEXT_SIGNS = new Set(['←', '→', '©', '®', '™']);

/** Each pictograph in a text as `line:column: character (U+XXXX)`. */
export function findPictographs(text: string): string[] {
  const found: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(PICTOGRAPH)) {
      if (TEXT_SIGNS.has(match[0])) continue;
      const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      found.push(`${index + 1}:${match.index + 1}: ${match[0]} (U+${code})`);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(tsx?|css)$/.test(file))
    .map((file) => path.join(dir, file));
}

describe('interface icons', () => {
  it('finds the characters it is meant to refuse, and lets typography through', () => {
    expect(findPictographs('<span>🏅 Giấy chứng nhận</span>\n🔒 ☎ ★ ☆ ◐ ✓ ✗ ⚡ ⇄ ◀ ▶ 🖨 ❤️').map((hit) => hit.split(': ')[1]!.split(' ')[0])).toEqual([
      '🏅', '🔒', '☎', '★', '☆', '◐', '✓', '✗', '⚡', '⇄', '◀', '▶', '🖨', '❤', '\uFE0F',
    ]);
    expect(findPictographs('Bảo vệ – an toàn — “trích dẫn” ‘a’ « b » … · • × ← Về bài học → tiếp, 1–3, 24/7, © Tiếng Việt: ắ ằ ẳ ẵ ặ ệ ữ ự đ')).toEqual([]);
    expect(findPictographs('line one\n  ★ x')).toEqual(['2:3: ★ (U+2605)']);
  });

  it('uses no emoji or pictographic symbol anywhere in src/ (components, styles, strings)', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith(path.join('i18n', 'locales', 'vi.ts')))).toBe(true);
    const hits = files.flatMap((file) => findPictographs(fs.readFileSync(file, 'utf8')).map((hit) => `${path.relative(SRC, file)}:${hit}`));
    expect(hits).toEqual([]);
  });
});
