import { describe, expect, it } from 'vitest';
import {
  buildReport,
  classesOf,
  filterLearners,
  groupByTopic,
  lessonCell,
  mergeSources,
  questionDifficulty,
  reportLessons,
  wrongAnswers,
  sortLearners,
  unknownLessonAttempts,
  type ClassLearner,
} from '../../../src/features/report/report';
import type { Question } from '../../../src/content/types';
import { answer, attempt, entry, learner, MINUTE, T0 } from './factories';

const catalog = [
  entry({ id: 'pd-2', topic: 'personal-data', order: 2, title: 'Ảnh và vị trí' }),
  entry({ id: 'pd-1', topic: 'personal-data', order: 1, title: 'Thông tin cá nhân' }),
  entry({ id: 'pd-1', locale: 'en', topic: 'personal-data', order: 1, title: 'Personal information', version: 'v1en' }),
  entry({ id: 'net-1', topic: 'internet-basics', order: 1, title: 'Internet là gì' }),
  entry({ id: 'hot-1', topic: 'hotline-111', order: 1, title: 'Gọi 111' }),
  entry({ id: 'small-1', band: 'lop-1-3', topic: 'personal-data', title: 'Bí mật của em' }),
  entry({ id: 'big-1', band: 'lop-10-12', topic: 'personal-data', title: 'Quyền về dữ liệu' }),
];

const byId = (learners: readonly ClassLearner[], id: string) => learners.find((l) => l.id === id)!;

describe('merging many progress files', () => {
  it('counts a learner found in two files once, with the newer profile', () => {
    const data = mergeSources([
      { learners: [learner('lan', 'Lan', '6A', [attempt('a1', 'pd-1', { scorePercent: 50 })])] },
      { learners: [learner('lan', 'Bảo Ngọc', '6B', [attempt('a2', 'pd-1', { scorePercent: 90 })], { updatedAt: T0 + MINUTE })] },
      { learners: [learner('lan', 'Lan cũ', '5A', [], { updatedAt: T0 - MINUTE })] },
    ]);
    expect(data.learners).toHaveLength(1);
    expect(data.learners[0]).toMatchObject({ nickname: 'Bảo Ngọc', classLabel: '6B' });
    expect(data.learners[0]!.attempts.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(data.attemptCount).toBe(2);
  });

  it('leaves out the untouched default profile of each computer: two computers are "1/2", not "1/4"', () => {
    const data = mergeSources([
      { learners: [learner('pc1-default', 'Học sinh', undefined, []), learner('lan', 'Lan', '6A', [attempt('a1', 'pd-1', { scorePercent: 50 })])] },
      { learners: [learner('pc2-default', 'Học sinh', undefined, []), learner('minh', 'Minh', '6A', [])] },
    ]);
    expect(data.learners.map((l) => l.nickname)).toEqual(['Lan', 'Minh']);
    // a child who really goes by "Học sinh" and has a class or a quiz still counts
    expect(mergeSources([{ learners: [learner('hs', 'Học sinh', '6A', [])] }]).learners).toHaveLength(1);
  });

  it('counts an attempt found in two files once, completed by its finished copy, answers joined by id', () => {
    const unfinished = attempt('a1', 'pd-1', { answers: [answer('x1', 'q1', true)] });
    const finished = attempt('a1', 'pd-1', { scorePercent: 67, answers: [answer('x1', 'q1', true), answer('x2', 'q2', true), answer('x3', 'q3', false)] });
    // A copy that came later with another answer cannot change a complete attempt (as on import).
    const later = attempt('a1', 'pd-1', { answers: [answer('x4', 'q3', true, { answeredAt: T0 + MINUTE })] });
    const data = mergeSources([
      { learners: [learner('lan', 'Lan', '6A', [unfinished])] },
      { learners: [learner('lan', 'Lan', '6A', [finished])] },
      { learners: [learner('lan', 'Lan', '6A', [later])] },
    ]);
    const [merged] = data.learners[0]!.attempts;
    expect(data.learners[0]!.attempts).toHaveLength(1);
    expect(merged).toMatchObject({ id: 'a1', scorePercent: 67 });
    expect(merged!.finishedAt).toBeDefined();
    expect(merged!.answers.map((a) => a.id)).toEqual(['x1', 'x2', 'x3']);
  });

  it('keeps an attempt with the learner it was first seen under', () => {
    const data = mergeSources([
      { learners: [learner('lan', 'Lan', '6A', [attempt('a1', 'pd-1', { scorePercent: 100 })])] },
      { learners: [learner('lan-2', 'Lan', '6A', [attempt('a1', 'pd-1', { scorePercent: 100 })])] },
    ]);
    expect(byId(data.learners, 'lan').attempts).toHaveLength(1);
    expect(byId(data.learners, 'lan-2').attempts).toHaveLength(0);
    expect(data.attemptCount).toBe(1);
  });
});

describe('classes', () => {
  const learners = mergeSources([
    {
      learners: [
        learner('a', 'An', '10A', []),
        learner('b', 'Bình', '6A', []),
        learner('c', 'Chi', '6a', []),
        learner('d', 'Dũng', undefined, []),
        learner('e', 'Én', 'Lớp 6B'.normalize('NFD'), []),
        learner('f', 'Phúc', 'Lớp 6B', []),
      ],
    },
  ]).learners;

  it('lists each class once in natural order, ignoring case and how accents are encoded', () => {
    const { classes, unlabelled } = classesOf(learners);
    expect(classes.map((c) => [c.label, c.learners])).toEqual([
      ['6A', 2],
      ['10A', 1],
      ['Lớp 6B'.normalize('NFD'), 2],
    ]);
    expect(unlabelled).toBe(1);
  });

  it('filters by class, by "no class" and not at all', () => {
    const sixA = classesOf(learners).classes[0]!;
    expect(filterLearners(learners, { kind: 'class', key: sixA.key }).map((l) => l.nickname)).toEqual(['Bình', 'Chi']);
    expect(filterLearners(learners, { kind: 'none' }).map((l) => l.nickname)).toEqual(['Dũng']);
    expect(filterLearners(learners, { kind: 'all' })).toHaveLength(6);
  });

  it('sorts learners by class, then nickname, with no class last', () => {
    expect(sortLearners(learners).map((l) => l.nickname)).toEqual(['Bình', 'Chi', 'An', 'Én', 'Phúc', 'Dũng']);
  });
});

describe('the lesson columns', () => {
  it('shows every lesson of each band with attempts, in teaching order, in the chosen language', () => {
    const learners = mergeSources([{ learners: [learner('a', 'An', '6A', [attempt('a1', 'pd-2'), attempt('a2', 'big-1')])] }]).learners;
    expect(reportLessons(learners, catalog, 'vi').map((l) => l.id)).toEqual(['net-1', 'pd-1', 'pd-2', 'hot-1', 'big-1']);
    const english = reportLessons(learners, catalog, 'en');
    expect(english.map((l) => l.title)).toEqual(['Internet là gì', 'Personal information', 'Ảnh và vị trí', 'Gọi 111', 'Quyền về dữ liệu']);
  });

  it('groups consecutive lessons by band and topic', () => {
    const learners = mergeSources([{ learners: [learner('a', 'An', '6A', [attempt('a1', 'pd-2'), attempt('a2', 'big-1')])] }]).learners;
    const groups = groupByTopic(reportLessons(learners, catalog, 'vi'));
    expect(groups.map((g) => [g.band, g.topic, g.lessons.length])).toEqual([
      ['lop-6-9', 'internet-basics', 1],
      ['lop-6-9', 'personal-data', 2],
      ['lop-6-9', 'hotline-111', 1],
      ['lop-10-12', 'personal-data', 1],
    ]);
  });

  it('leaves out lessons this app does not have, and counts their attempts', () => {
    const learners = mergeSources([{ learners: [learner('a', 'An', '6A', [attempt('a1', 'gone-lesson'), attempt('a2', 'gone-lesson')])] }]).learners;
    expect(reportLessons(learners, catalog, 'vi')).toEqual([]);
    expect(unknownLessonAttempts(learners, catalog)).toBe(2);
  });
});

describe('the learner × lesson table', () => {
  it('gives each cell a state from the best finished score: mastery from 80%', () => {
    expect(lessonCell([])).toEqual({ state: 'not-started' });
    expect(lessonCell([attempt('a', 'pd-1')])).toEqual({ state: 'in-progress' });
    expect(lessonCell([attempt('a', 'pd-1', { scorePercent: 79 }), attempt('b', 'pd-1')])).toEqual({ state: 'completed', bestPercent: 79 });
    expect(lessonCell([attempt('a', 'pd-1', { scorePercent: 50 }), attempt('b', 'pd-1', { scorePercent: 80 })])).toEqual({ state: 'mastered', bestPercent: 80 });
  });

  it('sums up each lesson: how many completed and their average best score', () => {
    const data = mergeSources([
      {
        learners: [
          learner('a', 'An', '6A', [attempt('a1', 'pd-1', { scorePercent: 100 }), attempt('a2', 'pd-2')]),
          learner('b', 'Bảo Ngọc', '6A', [attempt('b1', 'pd-1', { scorePercent: 67 }), attempt('b2', 'pd-1', { scorePercent: 33 })]),
          learner('c', 'Chi', '6B', []),
        ],
      },
    ]);
    const lessons = reportLessons(data.learners, catalog, 'vi');
    const report = buildReport(data.learners, lessons);
    const column = (id: string) => lessons.findIndex((l) => l.id === id);
    expect(report.rows.map((r) => r.learner.nickname)).toEqual(['An', 'Bảo Ngọc', 'Chi']);
    expect(report.rows[1]!.cells[column('pd-1')]).toEqual({ state: 'completed', bestPercent: 67 });
    expect(report.rows[0]!.cells[column('pd-2')]).toEqual({ state: 'in-progress' });
    expect(report.summaries[column('pd-1')]).toEqual({ completed: 2, learners: 3, averageBest: 84 });
    expect(report.summaries[column('pd-2')]).toEqual({ completed: 0, learners: 3 });

    const onlyB = buildReport(filterLearners(data.learners, { kind: 'class', key: '6b' }), lessons);
    expect(onlyB.summaries[column('pd-1')]).toEqual({ completed: 0, learners: 1 });
  });
});

describe('per-question difficulty', () => {
  // q1 right for all; q2 wrong for Bình only; q3 wrong for both in their latest finished attempt.
  const learners = mergeSources([
    {
      learners: [
        learner('a', 'An', '6A', [
          attempt('a-old', 'pd-1', {
            startedAt: T0,
            scorePercent: 0,
            answers: [answer('a1', 'q1', false), answer('a2', 'q2', false), answer('a3', 'q3', false, { selected: [2] })],
          }),
          attempt('a-new', 'pd-1', {
            startedAt: T0 + 60 * MINUTE,
            scorePercent: 67,
            answers: [answer('a4', 'q1', true), answer('a5', 'q2', true), answer('a6', 'q3', false, { selected: [2] })],
          }),
          attempt('a-open', 'pd-1', { startedAt: T0 + 120 * MINUTE, answers: [answer('a7', 'q1', false)] }),
        ]),
        learner('b', 'Bình', '6B', [
          attempt('b-1', 'pd-1', {
            scorePercent: 33,
            answers: [answer('b1', 'q1', true), answer('b2', 'q2', false), answer('b3', 'q3', false, { selected: [2] })],
          }),
        ]),
      ],
    },
  ]).learners;
  const lessons = reportLessons(learners, catalog, 'vi');

  it('ranks questions worst first over each learner’s latest finished attempt', () => {
    const [pd1] = questionDifficulty(learners, lessons, 'latest-finished', catalog);
    expect(pd1!.lesson.id).toBe('pd-1');
    expect(pd1!.questions.map((q) => [q.questionId, q.wrong, q.learners, q.wrongPercent])).toEqual([
      ['q3', 2, 2, 100],
      ['q2', 1, 2, 50],
      ['q1', 0, 2, 0],
    ]);
    expect(pd1!.questions[0]!.wrongChoices).toEqual([{ selected: [2], count: 2 }]);
    expect(pd1!.questions[2]!.wrongChoices).toEqual([]);
    expect(pd1!.otherWording).toBe(false);
  });

  it('can count every recorded answer instead, unfinished attempts and retries included', () => {
    const [pd1] = questionDifficulty(learners, lessons, 'all-answers', catalog);
    expect(pd1!.questions.map((q) => [q.questionId, q.wrong, q.answers, q.learners])).toEqual([
      ['q3', 3, 3, 2],
      ['q2', 2, 3, 2],
      ['q1', 2, 4, 2],
    ]);
  });

  it('follows the class filter and leaves out lessons nobody answered', () => {
    const result = questionDifficulty(filterLearners(learners, { kind: 'class', key: '6a' }), lessons, 'latest-finished', catalog);
    expect(result.map((d) => d.lesson.id)).toEqual(['pd-1']);
    expect(result[0]!.questions.map((q) => [q.questionId, q.wrong, q.learners])).toEqual([
      ['q3', 1, 1],
      ['q1', 0, 1],
      ['q2', 0, 1],
    ]);
  });

  it('says when answers come from another wording of the lesson', () => {
    const old = mergeSources([
      { learners: [learner('a', 'An', '6A', [attempt('a1', 'pd-1', { lessonVersion: 'v0', scorePercent: 0, answers: [answer('x', 'q1', false)] })])] },
    ]).learners;
    expect(questionDifficulty(old, lessons, 'latest-finished', catalog)[0]!.otherWording).toBe(true);
    const english = mergeSources([
      { learners: [learner('a', 'An', '6A', [attempt('a1', 'pd-1', { locale: 'en', lessonVersion: 'v1en', scorePercent: 0, answers: [answer('x', 'q1', false)] })])] },
    ]).learners;
    expect(questionDifficulty(english, lessons, 'latest-finished', catalog)[0]!.otherWording).toBe(false);
  });
});

describe('what the wrong answers to a question were', () => {
  // "Choose all": A and B are right, C and D wrong.
  const chooseAll = {
    id: 'q1',
    type: 'multiple',
    question: 'Chọn các thông tin cá nhân.',
    options: [
      { text: 'Số điện thoại', correct: true },
      { text: 'Tên trường', correct: true },
      { text: 'Thời tiết', correct: false },
      { text: 'Màu em thích', correct: false },
    ],
    explanation: '',
  } as Question;
  const answered = (selections: number[][]) =>
    questionDifficulty(
      [
        {
          id: 'class',
          nickname: 'Cả lớp',
          avatar: 'cat',
          createdAt: T0,
          updatedAt: T0,
          attempts: selections.map((selected, i) => attempt(`t${i}`, 'pd-1', { scorePercent: 0, answers: [answer(`x${i}`, 'q1', false, { selected })] })),
        },
      ],
      [catalog[1]!],
      'all-answers',
      catalog,
    )[0]!.questions[0]!;

  it('counts a "choose all" answer that ticked only right options, not all of them, as incomplete — never as a wrong choice', () => {
    // Three pupils forgot B; one ticked C beside A, one C alone, one D with B.
    const stat = answered([[0], [0], [0], [0, 2], [2], [1, 3]]);
    expect(stat.wrong).toBe(6);
    expect(wrongAnswers(stat, chooseAll)).toEqual({ incomplete: 3, commonWrong: { selected: [2], count: 2 } });
  });

  it('names no wrong choice when every wrong answer was incomplete', () => {
    expect(wrongAnswers(answered([[0], [1], [1]]), chooseAll)).toEqual({ incomplete: 3 });
  });

  it('keeps the wrong choice of a one-answer question as it was', () => {
    const single = { ...chooseAll, type: 'single', options: chooseAll.options.map((o, i) => ({ ...o, correct: i === 0 })) } as Question;
    expect(wrongAnswers(answered([[1], [1], [3]]), single)).toEqual({ incomplete: 0, commonWrong: { selected: [1], count: 2 } });
  });
});
