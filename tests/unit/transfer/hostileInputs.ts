/**
 * Generated malformed and hostile progress files, each with the rejection it must get. Deterministic:
 * every random choice comes from a seeded generator, so a failing case has the same number and input
 * on every run. Inputs are thunks, so the large ones exist only while their case runs, and the two
 * buffers over 20 MB are allocated once and shared.
 */
import { TRANSFER_LIMITS } from '../../../src/domain/progressFile';
import type { TransferErrorCode } from '../../../src/domain/parseProgressFile';
import { seededRandom } from '../../seededRandom';
import { MINUTE, NOW, validFileData } from './fixtures';

export const SEED = 20261123;

export interface HostileCase {
  category: string;
  label: string;
  input: () => string | Uint8Array | ArrayBuffer;
  expected: TransferErrorCode;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const DAY = 24 * 60 * MINUTE;
const RAW = '@@raw@@';
const KEY = '@@key@@';

function base(): Json {
  return JSON.parse(JSON.stringify(validFileData())) as Json;
}

function kindOf(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Every value in the document with its path (the root has the empty path). */
function entries(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => entries(item, [...path, index])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([key, item]) => entries(item, [...path, key])));
  return here;
}

function containerAt(root: Json, path: Path): Json {
  let node = root;
  for (const segment of path) node = (node as Record<string | number, Json>)[segment] as Json;
  return node;
}

/** A copy of the base document with the value at `path` replaced. */
function replaced(path: Path, value: Json): string {
  const doc = base();
  const parent = containerAt(doc, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
  return JSON.stringify(doc);
}

/** Like `replaced`, with raw JSON text (what JavaScript values cannot say: 1e400, NaN, deep nesting). */
function replacedRaw(path: Path, raw: string): string {
  return replaced(path, RAW).replace(`"${RAW}"`, raw);
}

/** The base document with one more key in the object at `path`, written as raw JSON text. */
function withKey(path: Path, rawKey: string, value: Json): string {
  const doc = base();
  (containerAt(doc, path) as Record<string, Json>)[KEY] = value;
  return JSON.stringify(doc).replace(`"${KEY}"`, rawKey);
}

function edited(edit: (doc: { [key: string]: Json }) => void): string {
  const doc = base() as { [key: string]: Json };
  edit(doc);
  return JSON.stringify(doc);
}

/** Field name of a path: the last string segment ("selected" for selected[0]). */
function fieldOf(path: Path): string {
  return String([...path].reverse().find((segment) => typeof segment === 'string') ?? '');
}

function describePath(path: Path): string {
  return path.length ? path.join('.') : '(root)';
}

/** What replacing the value at `path` must give when the new value is not a valid one. */
function expectedFor(path: Path, value?: Json): TransferErrorCode {
  if (path.length === 1 && path[0] === 'format') return 'foreign';
  if (path.length === 1 && path[0] === 'formatVersion' && typeof value === 'number' && Number.isInteger(value) && value > 1) return 'future-version';
  return 'invalid';
}

const TIMESTAMP_FIELDS = new Set(['startedAt', 'finishedAt', 'answeredAt', 'createdAt', 'updatedAt']);

let oversizedBytes: Uint8Array | undefined;
let oversizedAscii: string | undefined;
let oversizedVietnamese: string | undefined;
let megabyteString: string | undefined;

/** One buffer a little over the limit; the cases look at it through different views. */
function oversized(): Uint8Array {
  oversizedBytes ??= new Uint8Array(TRANSFER_LIMITS.maxFileBytes + 64).fill(0x20);
  return oversizedBytes;
}

function megabyte(): string {
  megabyteString ??= 'a'.repeat(1_000_000);
  return megabyteString;
}

/** Forgets the shared large inputs so the memory can be collected after the run. */
export function releaseLargeInputs(): void {
  oversizedBytes = undefined;
  oversizedAscii = undefined;
  oversizedVietnamese = undefined;
  megabyteString = undefined;
}

export function hostileCases(seed = SEED): HostileCase[] {
  const random = seededRandom(seed);
  const cases: HostileCase[] = [];
  const add = (category: string, label: string, input: () => string | Uint8Array | ArrayBuffer, expected: TransferErrorCode) =>
    cases.push({ category, label, input, expected });

  const all = entries(base()).filter(({ path }) => path.length > 0);
  const numbers = all.filter(({ value }) => typeof value === 'number');
  const strings = all.filter(({ value }) => typeof value === 'string');
  const objects = [{ path: [] as Path, value: base() }, ...all].filter(({ value }) => kindOf(value) === 'object');

  // 1. A value of the wrong type at every path of the file.
  const wrongTypes: Json[] = ['x', '', 1, 0, -1.5, true, false, null, [], {}, [0], { a: 1 }, [[]]];
  for (const { path, value } of all) {
    for (const wrong of wrongTypes.filter((candidate) => kindOf(candidate) !== kindOf(value))) {
      add('wrong type', `${describePath(path)} = ${JSON.stringify(wrong)}`, () => replaced(path, wrong), expectedFor(path, wrong));
    }
  }

  // 2. Numbers out of range, fractional, unsafe, infinite, or not JSON numbers at all.
  for (const { path, value } of numbers) {
    const field = fieldOf(path);
    const current = value as number;
    const bad: number[] = TIMESTAMP_FIELDS.has(field)
      ? [-1, 0, TRANSFER_LIMITS.earliestTimestamp - 1, NOW + TRANSFER_LIMITS.clockSkew + DAY, current + 0.5, 2 ** 53 + 2, 1e20]
      : field === 'selected'
        ? [-1, 20, 1.5, 1e20]
        : field === 'questionCount'
          ? [0, -1, 201, 2.5, 1e20]
          : field === 'correctCount'
            ? [-1, 201, 0.5, 3, 1e20]
            : field === 'scorePercent'
              ? [-1, 101, 50.5, -1e20]
              : field === 'formatVersion'
                ? [0, -1, 1.5, 2, 3, 99, 2 ** 31]
                : [];
    for (const number of bad) add('number out of range', `${describePath(path)} = ${number}`, () => replaced(path, number), expectedFor(path, number));
    for (const raw of ['1e400', '-1e400']) add('number out of range', `${describePath(path)} = ${raw} (±Infinity)`, () => replacedRaw(path, raw), 'invalid');
  }
  for (let i = 0; i < 60; i += 1) {
    const { path } = random.pick(numbers);
    const raw = random.pick(['NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '+1', '01', '.5', '1.', '1e', '--1', '1_000']);
    add('NaN and other non-JSON numbers', `${describePath(path)} = ${raw}`, () => replacedRaw(path, raw), 'not-json');
  }

  // 3. Strings: a megabyte long, one over the limit, wrong characters, reserved words.
  const badStrings: Record<string, string[]> = {
    id: ['x'.repeat(65), '', 'has space', 'ü', '../etc', '__proto__', 'constructor', 'prototype'],
    questionId: ['x'.repeat(65), '', 'q 1', '__proto__'],
    nickname: ['x'.repeat(41), '', '   ', 'a\u0000b', 'tab\there', 'next\u0085line'],
    classLabel: ['x'.repeat(13), '', ' ', 'a\nb'],
    pinHash: ['x'.repeat(129), '', 'has space', 'é'],
    lessonId: ['UPPER', 'x'.repeat(121), 'a_b', '', 'lop 6'],
    lessonVersion: ['x'.repeat(65), '', 'with space', 'é'],
    locale: ['fr', 'VI', ''],
    avatar: ['dog', 'Cat', ''],
    appVersion: ['', 'x'.repeat(65), '0.1 beta'],
    exportedAt: ['yesterday', '2026-11-23', '2026-13-01T00:00:00Z', new Date(TRANSFER_LIMITS.earliestTimestamp - 1).toISOString(), new Date(NOW + TRANSFER_LIMITS.clockSkew + DAY).toISOString()],
    kind: ['all', 'BACKUP', ''],
    format: ['mang-an-toan/progress2', 'MANG-AN-TOAN/PROGRESS', ''],
    // Versions listed under `lessons` (their path ends in an index, so their field is the lesson id).
    'lop-6-9-hotline-111': ['x'.repeat(65), 'zzz'],
    'lop-6-9-personal-data': ['', 'with space'],
  };
  const hugeDone = new Set<string>();
  for (const { path } of strings) {
    const field = fieldOf(path);
    for (const text of badStrings[field] ?? []) add('bad string', `${describePath(path)} = ${JSON.stringify(text.slice(0, 20))} (${text.length} chars)`, () => replaced(path, text), expectedFor(path, text));
    if (!hugeDone.has(field)) {
      hugeDone.add(field);
      add('huge string', `${describePath(path)} = 1,000,000 × "a"`, () => replaced(path, megabyte()), expectedFor(path, 'a'));
    }
  }

  // 4. Deep nesting, in a field and as the whole file.
  for (let i = 0; i < 30; i += 1) {
    const { path } = random.pick(all.filter((entry) => fieldOf(entry.path) !== 'format'));
    const depth = random.pick([17, 100, 1_000, 10_000]);
    const raw = random.next() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    add('deep nesting', `${describePath(path)} nested ${depth} deep`, () => replacedRaw(path, raw), 'invalid');
  }
  add('deep nesting', 'learners nested 100,000 deep', () => replacedRaw(['learners'], `${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'invalid');
  add('deep nesting', 'a file that is 100,000 nested lists', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'foreign');
  add('deep nesting', 'a file that is 10,000 nested objects', () => `${'{"format":'.repeat(10_000)}1${'}'.repeat(10_000)}`, 'foreign');

  // 5. Prototype-pollution keys in every object, raw and \u-escaped (JSON.parse decodes both alike).
  const pollutingValues: Json[] = [{}, { polluted: true }, null, 'x'];
  for (const { path } of objects) {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const value of pollutingValues) add('prototype key', `${describePath(path)}.${key} = ${JSON.stringify(value)}`, () => withKey(path, `"${key}"`, value), 'invalid');
    }
    for (const escaped of ['"__pro\\u0074o__"', '"\\u005f_proto__"', '"constructo\\u0072"']) {
      add('prototype key', `${describePath(path)}.${escaped} (escaped)`, () => withKey(path, escaped, { polluted: true }), 'invalid');
    }
  }
  add('prototype key', 'nickname = {"__proto__": {"polluted": true}}', () => replacedRaw(['learners', 0, 'nickname'], '{"__proto__":{"polluted":true}}'), 'invalid');
  add('prototype key', 'a foreign file of only "__proto__"', () => '{"__proto__":{"polluted":true}}', 'foreign');

  // 6. Repeated ids and lesson lists that disagree with the attempts.
  type Doc = { [key: string]: Json };
  const learnersOf = (doc: Doc) => doc.learners as Doc[];
  const attemptsOf = (doc: Doc) => learnersOf(doc).flatMap((learner) => learner.attempts as Doc[]);
  const answersOf = (doc: Doc) => attemptsOf(doc).flatMap((attempt) => attempt.answers as Doc[]);
  const copyId = (from: Doc | undefined, to: Doc | undefined) => void ((to as Doc).id = (from as Doc).id as Json);
  add('duplicate ids', 'two learners with one id', () => edited((doc) => copyId(learnersOf(doc)[0], learnersOf(doc)[1])), 'invalid');
  add('duplicate ids', 'the same learner twice', () => edited((doc) => void (doc.learners = [learnersOf(doc)[0] as Doc, learnersOf(doc)[0] as Doc])), 'invalid');
  add('duplicate ids', 'the same attempt twice in one learner', () =>
    edited((doc) => {
      const attempts = (learnersOf(doc)[0] as Doc).attempts as Doc[];
      attempts.push(attempts[0] as Doc);
    }), 'invalid');
  const attemptCount = attemptsOf(base() as Doc).length;
  const answerCount = answersOf(base() as Doc).length;
  for (let a = 0; a < attemptCount; a += 1) {
    for (let b = a + 1; b < attemptCount; b += 1) {
      add('duplicate ids', `attempt ${b} has the id of attempt ${a}`, () => edited((doc) => copyId(attemptsOf(doc)[a], attemptsOf(doc)[b])), 'invalid');
    }
  }
  for (let a = 0; a < answerCount; a += 1) {
    for (let b = a + 1; b < answerCount; b += 1) {
      add('duplicate ids', `answer ${b} has the id of answer ${a}`, () => edited((doc) => copyId(answersOf(doc)[a], answersOf(doc)[b])), 'invalid');
    }
  }
  add('duplicate ids', 'an answer repeated in its attempt', () =>
    edited((doc) => {
      const answers = (attemptsOf(doc)[0] as Doc).answers as Doc[];
      answers.push(answers[0] as Doc);
    }), 'invalid');
  add('lesson list', 'a version listed twice', () => edited((doc) => void ((doc.lessons as Doc)['lop-6-9-personal-data'] = ['abc123abc123', 'abc123abc123'])), 'invalid');
  add('lesson list', 'a version no attempt used', () => edited((doc) => void ((doc.lessons as Doc)['lop-6-9-personal-data'] = ['abc123abc123', 'zzz'])), 'invalid');
  add('lesson list', 'a lesson no attempt used', () => edited((doc) => void ((doc.lessons as Doc)['lop-1-3-internet-basics'] = ['abc'])), 'invalid');
  add('lesson list', 'a lesson missing', () => edited((doc) => void delete (doc.lessons as Doc)['lop-6-9-hotline-111']), 'invalid');
  add('lesson list', 'an attempt on a version not listed', () => edited((doc) => void ((attemptsOf(doc)[0] as Doc).lessonVersion = 'fff000fff000')), 'invalid');
  add('lesson list', 'no lessons at all', () => edited((doc) => void (doc.lessons = {})), 'invalid');

  // 7. Cut off at many places, also inside a multi-byte character.
  const text = edited((doc) => void ((learnersOf(doc)[0] as Doc).nickname = 'Lân Đặng'));
  const bytes = new TextEncoder().encode(text);
  const offsets = new Set([0, 1, 2, bytes.length - 1, bytes.indexOf(0xc3) + 1, bytes.indexOf(0xe1) + 1, bytes.indexOf(0xe1) + 2]);
  while (offsets.size < 250) offsets.add(random.int(bytes.length));
  for (const offset of [...offsets].sort((a, b) => a - b)) add('truncated', `first ${offset} of ${bytes.length} bytes`, () => bytes.slice(0, offset), 'not-json');
  for (let i = 0; i < 20; i += 1) {
    const offset = random.int(text.length);
    add('truncated', `first ${offset} of ${text.length} characters, as a string`, () => text.slice(0, offset), 'not-json');
  }

  // 8. Keys the format does not have, in every object.
  for (const { path } of objects) {
    for (const [key, value] of [['extra', 1], ['learnerId', 'x'], ['Nickname', 'Lan'], ['', null]] as const) {
      add('unknown key', `${describePath(path)}.${JSON.stringify(key)}`, () => withKey(path, JSON.stringify(key), value), 'invalid');
    }
  }

  // 9. Written by a newer app: rejected as such even when the rest makes no sense to this one.
  for (const version of [2, 3, 10, 99, 2 ** 31, 2 ** 53 - 1]) {
    add('future version', `formatVersion ${version}`, () => replaced(['formatVersion'], version), 'future-version');
    add('future version', `formatVersion ${version}, learners in a new shape`, () => edited((doc) => Object.assign(doc, { formatVersion: version, learners: 'see profiles' })), 'future-version');
    add('future version', `formatVersion ${version}, new top-level keys`, () => edited((doc) => Object.assign(doc, { formatVersion: version, profiles: [], signature: 'x' })), 'future-version');
  }

  // 10. JSON, but not ours.
  const foreign = [
    'null', '0', '1', '-1', '"mang-an-toan/progress"', 'true', 'false', '[]', '{}', '[{"format":"mang-an-toan/progress","formatVersion":1}]',
    '{"format":"mang-an-toan/progress-v2","formatVersion":1}', '{"format":"Mang-An-Toan/progress"}', '{"format":1}', '{"format":null}',
    '{"format":["mang-an-toan/progress"]}', '{"Format":"mang-an-toan/progress","formatVersion":1}', '{"formatVersion":1,"learners":[]}',
    '{"name":"mang-an-toan","version":"0.1.0","private":true}', '{"type":"FeatureCollection","features":[]}', '"\\ud800"', '1e400',
    '{"format":"mang-an-toan/progress ","formatVersion":1}', '{"format":"mang-an-toan\\/progress\\u0000","formatVersion":1}',
  ];
  for (const json of foreign) add('foreign JSON', json.slice(0, 60), () => json, 'foreign');
  add('foreign JSON', 'the file with its format removed', () => edited((doc) => void delete doc.format), 'foreign');

  // 11. Not JSON, not UTF-8, not text.
  const notJson = ['', '   ', '\uFEFF\uFEFF{}', 'undefined', "{'format':'mang-an-toan/progress'}", '{"format":"mang-an-toan/progress",}', `${text} trailing`, `${text}${text}`, `// comment\n${text}`, '{"a":1}{"b":2}', '\u0000'];
  for (const input of notJson) add('not JSON', JSON.stringify(input.slice(0, 40)), () => input, 'not-json');
  const invalidUtf8 = [[0xff], [0xc0, 0xaf], [0x80], [0xe1, 0xba], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];
  for (const sequence of invalidUtf8) {
    add('not UTF-8', `bytes ${sequence.map((b) => b.toString(16)).join(' ')} in a nickname`, () => {
      const [head, tail] = text.split('Lân');
      return Uint8Array.from([...new TextEncoder().encode(`${head}`), ...sequence, ...new TextEncoder().encode(`${tail}`)]);
    }, 'not-json');
  }
  add('not UTF-8', 'the file in UTF-16LE with a BOM', () => Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), 'not-json');
  add('not UTF-8', 'the file in UTF-16BE with a BOM', () => Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]), 'not-json');
  for (let i = 0; i < 30; i += 1) {
    const length = 1 + random.int(2_000);
    const noise = Uint8Array.from({ length }, () => random.int(256));
    noise[random.int(length)] = 0xff; // never valid UTF-8
    add('random bytes', `${length} random bytes`, () => noise, 'not-json');
  }
  for (let i = 0; i < 30; i += 1) {
    const noise = Array.from({ length: 1 + random.int(200) }, () => String.fromCharCode(32 + random.int(95))).join('');
    add('random text', `"x" and ${noise.length} printable characters`, () => `x${noise}`, 'not-json');
  }

  // 12. Over 20 MB: one shared buffer seen through several views, and two long strings made once.
  const max = TRANSFER_LIMITS.maxFileBytes;
  add('too large', 'a Uint8Array of 20 MB + 64 bytes', () => oversized(), 'too-large');
  add('too large', 'a view of exactly 20 MB + 1 byte', () => oversized().subarray(0, max + 1), 'too-large');
  add('too large', 'a view starting at byte 63', () => oversized().subarray(63), 'too-large');
  add('too large', 'an ArrayBuffer of 20 MB + 64 bytes', () => oversized().buffer as ArrayBuffer, 'too-large');
  add('too large', 'a string of 20 MB + 1 ASCII characters', () => (oversizedAscii ??= ' '.repeat(max + 1)), 'too-large');
  add('too large', 'a string of 10 M + 1 "đ" (2 bytes each in UTF-8)', () => (oversizedVietnamese ??= 'đ'.repeat(max / 2 + 1)), 'too-large');

  // 13. Well-formed values that break the format's rules.
  const attempt = (doc: Doc, index = 0) => attemptsOf(doc)[index] as Doc;
  const rules: [string, (doc: Doc) => void][] = [
    ['a finished attempt without correctCount', (doc) => void delete attempt(doc).correctCount],
    ['a finished attempt without scorePercent', (doc) => void delete attempt(doc).scorePercent],
    ['an unfinished attempt with correctCount', (doc) => void (attempt(doc, 1).correctCount = 1)],
    ['an unfinished attempt with scorePercent', (doc) => void (attempt(doc, 1).scorePercent = 10)],
    ['more correct answers than questions', (doc) => void (attempt(doc).correctCount = 3)],
    ['an option chosen twice', (doc) => void (((attempt(doc).answers as Doc[])[0] as Doc).selected = [1, 1])],
    ['21 options chosen', (doc) => void (((attempt(doc).answers as Doc[])[0] as Doc).selected = Array.from({ length: 21 }, (_, i) => i % 20))],
    ['a learner without attempts list', (doc) => void delete (learnersOf(doc)[0] as Doc).attempts],
    ['an attempt without answers list', (doc) => void delete attempt(doc).answers],
    ['no formatVersion', (doc) => void delete doc.formatVersion],
    ['formatVersion as text', (doc) => void (doc.formatVersion = '1')],
    ['no learners', (doc) => void delete doc.learners],
    ['no appVersion', (doc) => void delete doc.appVersion],
    ['learners as an object', (doc) => void (doc.learners = { 0: learnersOf(doc)[0] as Doc })],
    ['an answer keeping its learnerId', (doc) => void (((attempt(doc).answers as Doc[])[0] as Doc).learnerId = 'learner-lan')],
    ['501 learners', (doc) => void (doc.learners = Array.from({ length: 501 }, (_, i) => ({ ...(learnersOf(doc)[1] as Doc), id: `l${i}`, attempts: [] })))],
    ['201 answers in one attempt', (doc) =>
      void (attempt(doc).answers = Array.from({ length: 201 }, (_, i) => ({ id: `x${i}`, questionId: 'q1', selected: [0], correct: true, answeredAt: NOW - DAY })))],
    ['5,001 attempts for one learner', (doc) =>
      void ((learnersOf(doc)[1] as Doc).attempts = Array.from({ length: 5_001 }, (_, i) => ({ ...attempt(doc), id: `a${i}`, answers: [] })))],
    ['1,001 lessons', (doc) => void (doc.lessons = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`lesson-${i}`, ['v']])))],
    ['a selected list of 6,000 numbers', (doc) => void (((attempt(doc).answers as Doc[])[0] as Doc).selected = Array.from({ length: 6_000 }, () => 0))],
    ['5,000 attempts that are zeros', (doc) => void ((learnersOf(doc)[1] as Doc).attempts = Array.from({ length: 5_000 }, () => 0))],
    ['200 answers that are strings, in 100 attempts', (doc) =>
      void ((learnersOf(doc)[1] as Doc).attempts = Array.from({ length: 100 }, (_, i) => ({ ...attempt(doc), id: `a${i}`, answers: Array.from({ length: 200 }, () => 'x') })))],
  ];
  for (const [label, edit] of rules) add('format rule', label, () => edited(edit), 'invalid');

  // 14. Scores edited by hand: well formed, but not what the answers give (named apart, so the import and
  // the class report can say why the file is not counted); with any other problem, the file is damaged.
  const answers = (doc: Doc) => attempt(doc).answers as Doc[];
  const scores: [string, (doc: Doc) => void][] = [
    ['full marks on a half-right quiz', (doc) => void Object.assign(attempt(doc), { correctCount: 2, scorePercent: 100 })],
    ['a percentage one off', (doc) => void (attempt(doc).scorePercent = 51)],
    ['a wrong answer marked right, the score left as it was', (doc) => void ((answers(doc)[1] as Doc).correct = true)],
    ['an answer removed, the score left as it was', (doc) => void answers(doc).splice(0, 1)],
  ];
  for (const [label, edit] of scores) add('score mismatch', label, () => edited(edit), 'score-mismatch');
  add('score mismatch', 'a score off and an unknown key', () => edited((doc) => void Object.assign(attempt(doc), { scorePercent: 100, stars: 3 })), 'invalid');

  return cases;
}
