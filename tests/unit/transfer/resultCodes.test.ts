/**
 * Results as QR codes (src/domain/resultCodes.ts, docs/export-format.md): they read back into the progress
 * file they stand for, through the same parser as a file; the largest pupil still fits; and a code cut
 * short, another app's code, a part of another set and a hand-made code with a wrong score are refused.
 * (The agreement property test checks that the report shows the same numbers from codes as from files.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTransferFile } from '../../../src/domain/parseProgressFile';
import type { ExportedAttempt, ExportedLearner } from '../../../src/domain/progressFile';
import {
  base45Decode,
  base45Encode,
  CODE_MAX_CHARS,
  encodeResults,
  joinParts,
  messageToFile,
  readCode,
  ResultCodeError,
  resultsOf,
  type CodeProblem,
} from '../../../src/domain/resultCodes';
import { scoreAnswers } from '../../../src/domain/learning';
import { seededRandom } from '../../seededRandom';
import { validFileData, NOW, T0, MINUTE } from './fixtures';

/** Codes → parts (shuffled by the caller) → the parsed progress file, as the report reads a scan. */
function scan(codes: readonly string[]) {
  const file = messageToFile(joinParts(codes.map(readCode)));
  return parseTransferFile(JSON.stringify(file), { now: NOW });
}

function refusal(run: () => unknown): CodeProblem | 'none' {
  try {
    run();
    return 'none';
  } catch (error) {
    if (error instanceof ResultCodeError) return error.reason;
    throw error;
  }
}

describe('results as QR codes', () => {
  it('read back as the progress file of the same results, each code within the QR size a phone reads', () => {
    const file = validFileData();
    const learners = file.learners.map((learner) => resultsOf(learner, NOW));
    const codes = encodeResults(learners, Date.parse(file.exportedAt), file.appVersion);
    expect(codes.every((code) => code.length <= CODE_MAX_CHARS && /^[0-9A-Z $%*+\-./:]+$/.test(code))).toBe(true);
    const read = scan(codes);
    if (!read.ok) throw new Error(`${read.reason} ${read.detail}`);
    // What the report reads of a learner: profile, attempts with their scores and final answers' choices.
    const essentials = (ls: readonly ExportedLearner[]) =>
      ls.map(({ id, nickname, classLabel, avatar, createdAt, updatedAt, attempts }) => ({
        id, nickname, classLabel, avatar, createdAt, updatedAt,
        attempts: attempts.map(({ answers, ...attempt }) => ({ ...attempt, answers: answers.map(({ questionId, selected, correct }) => ({ questionId, selected, correct })) })),
      }));
    expect(essentials(read.file.learners)).toEqual(essentials(learners));
    expect(read.file.exportedAt).toBe(file.exportedAt);
  });

  it('carries per lesson the best and the latest finished attempt with their final answers, or the latest started; never a PIN', () => {
    const at = (id: string, startedAt: number, finished?: { at: number; right: number }, answers: ExportedAttempt['answers'] = []): ExportedAttempt => ({
      id, lessonId: 'lesson-a', locale: 'vi', lessonVersion: 'v1', questionCount: 2, startedAt, answers,
      ...(finished ? { finishedAt: finished.at, correctCount: finished.right, scorePercent: finished.right * 50 } : {}),
    });
    const answer = (id: string, questionId: string, correct: boolean, answeredAt: number) => ({ id, questionId, selected: [0], correct, answeredAt });
    const learner: ExportedLearner = {
      id: 'l1', nickname: 'Lan', avatar: 'cat', pinHash: 'v2$1$aa$bb', createdAt: T0, updatedAt: T0,
      attempts: [
        at('best', T0, { at: T0 + MINUTE, right: 2 }, [answer('x1', 'q1', false, T0 + 1), answer('x2', 'q1', true, T0 + 2), answer('x3', 'q2', true, T0 + 3)]),
        at('middle', T0 + 2 * MINUTE, { at: T0 + 3 * MINUTE, right: 0 }),
        at('latest', T0 + 4 * MINUTE, { at: T0 + 5 * MINUTE, right: 1 }),
        at('open', T0 + 6 * MINUTE),
        { ...at('only-open', T0, undefined), lessonId: 'lesson-b' },
        { ...at('older-open', T0 - MINUTE, undefined), lessonId: 'lesson-b' },
      ],
    };
    const kept = resultsOf(learner, NOW);
    expect(kept).not.toHaveProperty('pinHash');
    expect(kept.attempts.map((a) => a.id).sort()).toEqual(['best', 'latest', 'only-open']);
    expect(kept.attempts.find((a) => a.id === 'best')?.answers.map((a) => a.id)).toEqual(['x2', 'x3']);
  });

  it('fits the largest pupil: every lesson of the curriculum finished twice, best and latest, every answer a wrong multiple choice', () => {
    const lessonIds = fs
      .readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.vi.md'))
      .map((file) => /^id: (.+)$/m.exec(fs.readFileSync(path.join('content', file), 'utf8'))?.[1])
      .filter((id): id is string => id !== undefined);
    expect(lessonIds.length).toBeGreaterThan(50);
    const rand = seededRandom(7);
    const uuid = () => crypto.randomUUID();
    const attempt = (lessonId: string, startedAt: number, right: number): ExportedAttempt => {
      const answers = Array.from({ length: 8 }, (_, q) => ({ id: uuid(), questionId: `q${q + 1}`, selected: [0, 1, 2, 3].filter(() => rand.next() < 0.6), correct: q < right, answeredAt: startedAt + q }));
      return { id: uuid(), lessonId, locale: rand.next() < 0.5 ? 'vi' : 'en', lessonVersion: rand.int(2 ** 30).toString(16).padStart(12, '0'), questionCount: 8, startedAt, finishedAt: startedAt + 8 * MINUTE, ...scoreAnswers(answers, 8), answers };
    };
    const learner: ExportedLearner = {
      id: uuid(), nickname: 'Nguyễn Thị Minh Khai của lớp mười hai A1', classLabel: 'Lớp 10A12', avatar: 'owl', createdAt: T0, updatedAt: T0,
      attempts: lessonIds.flatMap((id, i) => [attempt(id, T0 + i * 3600_000, 8), attempt(id, T0 + i * 3600_000 + 1800_000, 3)]),
    };
    const codes = encodeResults([resultsOf(learner, NOW)], NOW, '0.1.0');
    console.info(`the largest pupil (${lessonIds.length} lessons, 2 attempts each): ${codes.length} codes`);
    expect(codes.length).toBeLessThanOrEqual(40);
    const read = scan(shuffle(codes, rand));
    expect(read.ok && read.file.learners[0]?.attempts.length).toBe(lessonIds.length * 2);
  });

  it('reads a sequence in any order, and refuses it until every part is in', () => {
    const rand = seededRandom(3);
    const learners = validFileData().learners.map((l) => ({ ...l, nickname: `${l.nickname} ${'x'.repeat(30)}` }));
    const many = learners.flatMap((l, i) => Array.from({ length: 6 }, (_, k) => ({ ...l, id: `${l.id}-${i}-${k}`, attempts: l.attempts.map((a) => ({ ...a, id: `${a.id}-${k}`, answers: a.answers.map((n) => ({ ...n, id: `${n.id}-${k}` })) })) })));
    const codes = encodeResults(many, NOW, '0.1.0');
    expect(codes.length).toBeGreaterThan(1);
    expect(scan(shuffle(codes, rand)).ok).toBe(true);
    expect(refusal(() => joinParts(codes.slice(1).map(readCode)))).toBe('damaged');
  });

  it('refuses a code cut short, another app’s code, a newer version and a part of another set, changing nothing', () => {
    const [code] = encodeResults(validFileData().learners.map((l) => resultsOf(l, NOW)), NOW, '0.1.0');
    if (!code) throw new Error('no code');
    for (const cut of [code.slice(0, -1), code.slice(0, -2), code.slice(0, -3), code.slice(0, 40), 'MAT1:']) expect(refusal(() => readCode(cut))).toBe('damaged');
    expect(refusal(() => readCode(`${code.slice(0, 20)}${code[20] === '0' ? '1' : '0'}${code.slice(21)}`))).toBe('damaged');
    for (const other of ['https://example.com/', 'WIFI:S:school;T:WPA;P:secret;;', '', 'mat1:abc']) expect(refusal(() => readCode(other))).toBe('foreign');
    expect(refusal(() => readCode(code.replace('MAT1:', 'MAT2:')))).toBe('future-version');

    const [a] = encodeResults([resultsOf(validFileData().learners[0]!, NOW)], NOW, '0.1.0');
    const [b] = encodeResults([resultsOf(validFileData().learners[1]!, NOW)], NOW, '0.1.0');
    const partA = readCode(a!);
    expect(refusal(() => joinParts([{ ...readCode(b!), set: partA.set }]))).toBe('damaged');
  });

  it('refuses a hand-made code whose score is not what its answers give, as a file would be', () => {
    const learners = validFileData().learners.map((l) => resultsOf(l, NOW));
    const forged = learners.map((l) => ({ ...l, attempts: l.attempts.map((a) => (a.finishedAt === undefined ? a : { ...a, correctCount: a.questionCount, scorePercent: 100 })) }));
    const read = scan(encodeResults(forged, NOW, '0.1.0'));
    expect(read.ok ? 'ok' : read.reason).toBe('score-mismatch');
  });

  it('refuses well-checked bytes that are not a message', () => {
    expect(refusal(() => messageToFile(Uint8Array.of(1, 2, 3)))).toBe('damaged');
    expect(refusal(() => messageToFile(new Uint8Array(0)))).toBe('damaged');
  });

  it('writes Base45 as RFC 9285 does', () => {
    expect(base45Encode(new TextEncoder().encode('AB'))).toBe('BB8');
    expect(base45Encode(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0');
    expect(new TextDecoder().decode(base45Decode('%69 VD92EX0'))).toBe('Hello!!');
    expect(base45Decode('GGW')).toBeUndefined(); // 65535 + 1
    expect(base45Decode('ab')).toBeUndefined();
  });
});

function shuffle<T>(items: readonly T[], rand: ReturnType<typeof seededRandom>): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rand.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
