/** The school's own contacts file: validated with file:line errors, compiled into `virtual:school`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { school as compiledForUnitTests } from 'virtual:school';
import { formatDiagnostic } from '../../../scripts/content/diagnostics';
import { loadSchool, parsePhone, schoolFileOf, schoolModule, schoolModuleCode } from '../../../scripts/content/school';

const FIXTURES = path.resolve(__dirname, '../../fixtures/school');
const fixture = (name: string) => ({ file: path.join(FIXTURES, name), named: true });
const lines = (name: string) => loadSchool(fixture(name)).diagnostics.map((d) => formatDiagnostic(d, FIXTURES));

describe('phone numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0987.654.321', '0987654321'],
    ['0387-654-321', '0387654321'],
    ['028 3836 1234', '02838361234'],
    ['0272.3123.456', '02723123456'],
    ['111', '111'],
    ['113', '113'],
    ['114', '114'],
    ['115', '115'],
  ])('accepts %s (dials %s)', (written, tel) => {
    expect(parsePhone(written)).toEqual({ phone: { display: written, tel } });
  });

  it.each([
    ['+84 912 345 678', /country code/, /starting with 0/],
    ['84912345678', /country code/, /starting with 0/],
    ['(024) 3825 1234', /not a phone number/, /leave out the brackets/],
    ['0912 345', /not a Vietnamese phone number \(7 digits\)/, /10 digits/],
    ['04 3825 1234', /old landline format/, /11 digits since 2017/],
    ['0168 123 4567', /old 11-digit mobile/, /10 digits since 2018/],
    ['1800 1567', /not a Vietnamese phone number/, /111, 113, 114, 115/],
    ['112', /not a Vietnamese phone number/, /111, 113, 114, 115/],
    ['0912 345 678 ext 2', /not a phone number/, /only digits/],
  ])('refuses %s with a hint', (written, message, hint) => {
    const result = parsePhone(written);
    expect(result).toMatchObject({ message: expect.stringMatching(message), hint: expect.stringMatching(hint) });
  });
});

describe('the school file', () => {
  it('compiles a filled-in file, keeping the leading 0 of an unquoted number', () => {
    const { school, diagnostics } = loadSchool(fixture('school.yaml'));
    expect(diagnostics).toEqual([]);
    expect(school).toEqual({
      name: 'Trường Tiểu học Kim Đồng',
      counselling: {
        who: 'Cô Nguyễn Thu Hà',
        where: 'Phòng tư vấn học đường, phòng 105, tầng 1',
        when: 'Giờ ra chơi, thứ Hai đến thứ Sáu',
        phone: { display: '0912345678', tel: '0912345678' },
      },
      contacts: [
        { role: 'Tổng phụ trách Đội', name: 'Thầy Lê Văn Nam', phone: { display: '0987.654.321', tel: '0987654321' } },
        { role: 'Giáo viên chủ nhiệm', name: 'Thầy cô chủ nhiệm lớp em' },
      ],
      local: [{ name: 'Công an phường Cầu Kho', phone: { display: '028 3836 1234', tel: '02838361234' } }],
    });
  });

  it('reports every mistake at once, each at its line, with a hint', () => {
    expect(lines('mistakes.yaml')).toEqual([
      'mistakes.yaml:3:1: error: unknown field "counseling" of the school file (did you mean "counselling"? the fields here are: name, counselling, contacts, local)',
      'mistakes.yaml:9:5: error: unknown field "nmae" in "contacts[1]" of the school file (did you mean "name"? the fields here are: role, name, when, phone)',
    ]);
  });

  it('reports bad phone numbers at their lines once the fields are right', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-school-'));
    const file = path.join(dir, 'school.yaml');
    fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, 'mistakes.yaml'), 'utf8').replace('counseling', 'counselling').replace('nmae', 'name'));
    const found = loadSchool({ file, named: true }).diagnostics.map((d) => formatDiagnostic(d, dir));
    expect(found).toEqual([
      'school.yaml:7:5: error: contacts[0].phone: "+84 912 345 678" is written with the country code (write it as dialled in Viet Nam, starting with 0, e.g. 0912 345 678)',
      expect.stringMatching(/^school\.yaml:10:5: error: contacts\[1\]\.phone: "0912 345" is not a Vietnamese phone number \(7 digits\) \(a mobile number has 10 digits/),
      'school.yaml:13:5: error: local[0].phone: "(0272) 3123 456" is not a phone number (leave out the brackets: write (024) 3825 1234 as 024 3825 1234)',
      'school.yaml:15:5: error: local[1].phone: "04 3825 1234" has the old landline format (landlines have 11 digits since 2017: the area code starts with 02, e.g. 024 3825 1234)',
    ]);
  });

  it('fails npm run content:check with the school file\'s file:line, as the build would', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-school-'));
    fs.copyFileSync(path.join(FIXTURES, 'mistakes.yaml'), path.join(dir, 'school.yaml'));
    const tsx = path.resolve(__dirname, '../../../node_modules/tsx/dist/cli.mjs');
    const run = spawnSync(process.execPath, [tsx, 'scripts/content-check.ts', '--root', dir, '--no-cache'], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8', env: { ...process.env, SCHOOL_FILE: '' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('school.yaml:3:1: error: unknown field "counseling"');
    expect(run.stdout).toMatch(/0 lessons, 0 questions, 2 errors/);
  });

  it.each([
    ['a missing name', 'counselling:\n  who: Cô Hoa\n', /missing field "name"/],
    ['an empty file', '# nothing yet\n', /the file is empty/],
    ['counselling with neither who nor where', 'name: Trường A\ncounselling:\n  when: Thứ Hai\n', /needs "who" \(the counselling teacher\) or "where" \(the room\)/],
    ['a contact with neither name nor phone', 'name: Trường A\ncontacts:\n  - role: Tổng phụ trách Đội\n', /needs a "name" or a "phone"/],
    ['a local number without a phone', 'name: Trường A\nlocal:\n  - name: Công an xã\n', /missing field "local\[0\]\.phone"/],
    ['text on two lines', 'name: |\n  Trường A\n  Trường B\n', /must be one line/],
    ['broken YAML', 'name: Trường A\ncontacts: [\n', /invalid YAML/],
  ])('refuses %s', (_, source, message) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-school-'));
    const file = path.join(dir, 'school.yaml');
    fs.writeFileSync(file, source);
    const { school, diagnostics } = loadSchool({ file, named: false });
    expect(school).toBeNull();
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(message);
    expect(diagnostics.every((d) => d.file === file && d.line >= 1)).toBe(true);
  });

  it('is optional: no file means no school contacts, unless SCHOOL_FILE names one that is missing', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'mat-content-'));
    expect(loadSchool(schoolFileOf(empty, {}))).toEqual({ file: undefined, school: null, diagnostics: [] });
    const named = loadSchool(schoolFileOf(empty, { SCHOOL_FILE: 'no/such/school.yaml' }));
    expect(named.school).toBeNull();
    expect(named.diagnostics[0]).toMatchObject({ severity: 'error', message: 'SCHOOL_FILE names a file that does not exist' });
  });

  it('finds school.yaml beside the lessons, or the file SCHOOL_FILE names', () => {
    expect(schoolFileOf('/x/content', {})).toEqual({ file: path.join('/x/content', 'school.yaml'), named: false });
    expect(schoolFileOf('/x/content', { SCHOOL_FILE: 'tests/fixtures/school/school.yaml' }, '/project')).toEqual({ file: '/project/tests/fixtures/school/school.yaml', named: true });
  });
});

describe('virtual:school', () => {
  it('is null in a build without a school file (the unit tests’ lesson pack has none)', () => {
    expect(compiledForUnitTests).toBeNull();
  });

  it('is the compiled file, and a file with errors stops the build with every problem as file:line', () => {
    const good = schoolModule(FIXTURES, { SCHOOL_FILE: path.join(FIXTURES, 'school.yaml') });
    const context = { addWatchFile: (file: string) => watched.push(file), error: (message: string): never => { throw new Error(message); } };
    const watched: string[] = [];
    good.check(context);
    expect(watched).toEqual([path.join(FIXTURES, 'school.yaml')]);
    expect(good.owns('virtual:school')).toBe(true);
    expect(good.code(context)).toBe(schoolModuleCode(loadSchool(fixture('school.yaml')).school));
    expect(good.code(context)).toContain('"tel":"0912345678"');

    const bad = schoolModule(FIXTURES, { SCHOOL_FILE: path.join(FIXTURES, 'mistakes.yaml') });
    expect(() => bad.check(context)).toThrow(/The school's contacts have errors:\n.*mistakes\.yaml:3:1: error: unknown field "counseling"/);
  });
});

describe('content/school.example.yaml', () => {
  it('is a valid school file, so a school can copy it and only change the details', () => {
    const example = path.resolve(__dirname, '../../../content/school.example.yaml');
    const { school, diagnostics } = loadSchool({ file: example, named: true });
    expect(diagnostics).toEqual([]);
    expect(school?.local[0]?.phone).toEqual({ display: '028 3836 1234', tel: '02838361234' });
  });
});
