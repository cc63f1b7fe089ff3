/** "Excel (;)": the class report for Excel on a PC set to the Vietnamese region (list separator ";"). */
import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, reportCsv, reportFileName } from '../../../src/features/report/csv';
import { buildReport, mergeSources, reportLessons } from '../../../src/features/report/report';
import { attempt, entry, learner } from './factories';

function sampleReport() {
  const catalog = [
    entry({ id: 'pd-1', topic: 'personal-data', order: 1, title: 'Bảo vệ thông tin cá nhân' }),
    entry({ id: 'pd-2', topic: 'personal-data', order: 2, title: 'Ảnh; vị trí, và bạn bè' }),
  ];
  const data = mergeSources([
    {
      learners: [
        learner('ngoc', 'Bảo Ngọc', 'Lớp 6A', [attempt('a1', 'pd-1', { scorePercent: 83 }), attempt('a2', 'pd-2')]),
        learner('duc', 'Đức; "Bin"', 'Lớp 6A', [attempt('b1', 'pd-2', { scorePercent: 50 })]),
      ],
    },
  ]);
  return buildReport(data.learners, reportLessons(data.learners, catalog, 'vi'));
}

describe('the report as a semicolon CSV', () => {
  const bytes = csvBytes(reportCsv(sampleReport(), { nickname: 'Tên gọi', classLabel: 'Lớp' }, ';'));

  it('has the same BOM, separates columns with semicolons and quotes a field holding one', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines).toEqual(['Tên gọi;Lớp;Bảo vệ thông tin cá nhân;"Ảnh; vị trí, và bạn bè"', 'Bảo Ngọc;Lớp 6A;83;', '"Đức; ""Bin""";Lớp 6A;;50', '']);
  });

  it('leaves a comma alone in the semicolon file, and still guards formulas', () => {
    expect(csvField('Lan, 6A', ';')).toBe('Lan, 6A');
    expect(csvField('=A1;B1', ';')).toBe(`"'=A1;B1"`);
  });

  it('gets a name of its own next to the comma file', () => {
    const date = new Date(2026, 10, 23, 9, 0);
    expect(reportFileName('6A', date, ';')).toBe('bao-cao-lop-6a-2026-11-23-excel.csv');
    expect(reportFileName('6A', date, ',')).toBe('bao-cao-lop-6a-2026-11-23.csv');
  });
});
