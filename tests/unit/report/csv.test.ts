import { describe, expect, it } from 'vitest';
import { asciiSlug } from '../../../src/domain/fileNames';
import { csvBytes, csvField, reportCsv, reportFileName, toCsv } from '../../../src/features/report/csv';
import { buildReport, mergeSources, reportLessons } from '../../../src/features/report/report';
import { attempt, entry, learner } from './factories';

const catalog = [
  entry({ id: 'pd-1', topic: 'personal-data', order: 1, title: 'Bảo vệ thông tin cá nhân' }),
  entry({ id: 'pd-2', topic: 'personal-data', order: 2, title: 'Ảnh, "vị trí" và bạn bè' }),
];

function sampleReport() {
  const data = mergeSources([
    {
      learners: [
        learner('ngoc', 'Bảo Ngọc', 'Lớp 6A', [attempt('a1', 'pd-1', { scorePercent: 83 }), attempt('a2', 'pd-2')]),
        learner('duc', 'Đức, "Bin"', 'Lớp 6A', [attempt('b1', 'pd-2', { scorePercent: 50 })]),
        learner('evil', '=HYPERLINK("http://x")', undefined, []),
      ],
    },
  ]);
  return buildReport(data.learners, reportLessons(data.learners, catalog, 'vi'));
}

describe('CSV fields', () => {
  it('quotes a field only when needed and doubles its quotes', () => {
    expect(csvField('Lan')).toBe('Lan');
    expect(csvField('Lan, 6A')).toBe('"Lan, 6A"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(85)).toBe('85');
    expect(csvField(undefined)).toBe('');
  });

  it('writes Vietnamese letters precomposed (NFC), however the file encoded them', () => {
    expect(csvField('Bảo Ngọc'.normalize('NFD'))).toBe('Bảo Ngọc'.normalize('NFC'));
  });

  it('keeps Excel from running text as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+84')).toBe("'+84");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@me')).toBe("'@me");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, undefined]])).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});

describe('the report as CSV', () => {
  const text = reportCsv(sampleReport(), { nickname: 'Tên gọi', classLabel: 'Lớp' });
  const bytes = csvBytes(text);

  it('is UTF-8 with the BOM bytes EF BB BF first, so Excel reads the diacritics', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes[3]).toBe('T'.charCodeAt(0));
  });

  it('decodes from its bytes to the exact Vietnamese text', () => {
    const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(decoded.startsWith('\uFEFF')).toBe(true);
    const lines = decoded.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Tên gọi,Lớp,Bảo vệ thông tin cá nhân,"Ảnh, ""vị trí"" và bạn bè"',
      'Bảo Ngọc,Lớp 6A,83,',
      '"Đức, ""Bin""",Lớp 6A,,50',
      `"'=HYPERLINK(""http://x"")",,,`,
      '',
    ]);
    expect(decoded).toContain('Bảo Ngọc');
    expect(decoded).toContain('Lớp 6A');
    expect(decoded).toContain('Bảo vệ thông tin cá nhân');
    // Precomposed (NFC) letters, as typed on Vietnamese keyboards and as Excel shows them.
    expect(decoded).toBe(decoded.normalize('NFC'));
    expect(decoded).not.toMatch(/(?<!\r)\n/);
  });
});

describe('the CSV file name', () => {
  it('is plain ASCII with the class and the local date', () => {
    const date = new Date(2026, 10, 23, 9, 0);
    expect(reportFileName('6A', date)).toBe('bao-cao-lop-6a-2026-11-23.csv');
    expect(reportFileName('Lớp 6A/Đội 2', date)).toBe('bao-cao-lop-lop-6a-doi-2-2026-11-23.csv');
    expect(reportFileName(undefined, date)).toBe('bao-cao-lop-2026-11-23.csv');
    expect(reportFileName('🙂', date)).toBe('bao-cao-lop-2026-11-23.csv');
    expect(reportFileName('x'.repeat(12), new Date(2027, 0, 5))).toBe('bao-cao-lop-xxxxxxxxxxxx-2027-01-05.csv');
  });

  it('drops accents and the Vietnamese đ', () => {
    expect(asciiSlug('Đội Thiếu niên – Chi đội 7B')).toBe('doi-thieu-nien-chi-doi-7b');
  });
});
