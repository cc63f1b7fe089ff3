/**
 * The "Nghe" buttons on a lesson, a quiz question and in Cài đặt, against a stand-in speech synthesis:
 * shown only where the computer has a voice for the lesson's language, the sentence being read
 * highlighted and the paragraph drawn as before once reading ends, an option read aloud never chosen,
 * and Cài đặt saying how to add a Vietnamese voice where there is none.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Block, Question } from '../../../src/content/types';
import { ensureCurrentLearner } from '../../../src/db/learners';
import { LessonBlocks } from '../../../src/features/lessons/LessonBlocks';
import { QuizRunner } from '../../../src/features/quiz/QuizRunner';
import { ReadAloudSection } from '../../../src/features/settings/ReadAloudSection';
import { READING_RATES, useReadAloudStore } from '../../../src/stores/readAloud';
import { readStored } from '../../../src/stores/safeStorage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { stopReading } from '../../../src/ui/readAloud/speech';
import { lessonBody } from '../../factories';
import { freshDatabase, renderWithProviders } from '../../test-utils';
import { fakeVoice, installFakeSpeech, type FakeSpeech } from './fakeSpeech';

const vietnamese = fakeVoice('Vietnamese (Northern)', 'vi');
const english = fakeVoice('English (America)', 'en-US');
let speech: FakeSpeech;

const sentence = (text: string) => ({ html: text, text });
const prose: Block = { type: 'prose', flow: [{ type: 'paragraph', sentences: [sentence('Em chào cô. '), sentence('Hôm nay em học bài mới.')] }] };
const teacherNote: Block = { type: 'callout', kind: 'teacher', flow: [{ type: 'paragraph', sentences: [sentence('Ghi chú cho thầy cô.')] }] };
const youngLesson = lessonBody({ band: 'lop-1-3', sections: [{ part: { kind: 'warmup', minutes: 5 }, blocks: [prose, teacherNote] }] });

const highlighted = () => [...document.querySelectorAll('.reading-now')].map((element) => element.textContent);
const speak = (act_: () => void) => act(act_);

beforeAll(() => {
  speech = installFakeSpeech();
});

beforeEach(() => {
  act(() => stopReading());
  speech.reset();
  speech.setVoices([english, vietnamese]);
  useReadAloudStore.getState().setSpeed('auto');
});

describe('a lesson’s "Nghe" buttons', () => {
  it('are not shown where the computer has no voice for the lesson’s language', async () => {
    speech.setVoices([english]);
    await renderWithProviders(<LessonBlocks lesson={youngLesson} />);
    expect(await screen.findByText('Hôm nay em học bài mới.', { exact: false })).toBeInTheDocument();
    act(() => speech.setVoices([english, vietnamese]));
    expect(await screen.findAllByRole('button', { name: /Nghe/ })).not.toHaveLength(0);
  });

  it('read a block sentence by sentence, slowly for lớp 1–3, highlighting the sentence being read, then draw the paragraph as before', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<LessonBlocks lesson={youngLesson} />);
    const plain = document.querySelector('.prose p')!.outerHTML;
    // The part's "Đọc cả phần" and the text's own "Nghe"; the teacher's folded note has none.
    expect(await screen.findByRole('button', { name: 'Đọc cả phần' })).toBeInTheDocument();
    const listen = screen.getAllByRole('button', { name: 'Nghe' });
    expect(listen).toHaveLength(1);

    await user.click(listen[0]!);
    expect(speech.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['Em chào cô.', READING_RATES.slow],
      ['Hôm nay em học bài mới.', READING_RATES.slow],
    ]);
    expect(highlighted()).toEqual(['Em chào cô. ']);
    expect(screen.getByRole('button', { name: 'Dừng' })).toBeInTheDocument();
    speak(() => speech.finish());
    expect(highlighted()).toEqual(['Hôm nay em học bài mới.']);
    speak(() => speech.finish());
    expect(highlighted()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Nghe' })).toBeInTheDocument();
    expect(document.querySelector('.prose p')!.outerHTML).toBe(plain);
  });

  it('stop when "Dừng" is pressed, and when another button starts reading; "Đọc cả phần" reads the part without the notes for adults', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<LessonBlocks lesson={youngLesson} />);
    await user.click(await screen.findByRole('button', { name: 'Nghe' }));
    await user.click(screen.getByRole('button', { name: 'Đọc cả phần' }));
    expect(speech.cancels).toBe(1);
    // The part: its heading, then its blocks, not the teacher's folded note.
    expect(speech.spoken.slice(2).map((u) => u.text)).toEqual(['Khởi động', 'Em chào cô.', 'Hôm nay em học bài mới.']);
    expect(highlighted()).toEqual(['Khởi động · 5 phút']);
    expect(screen.getByRole('button', { name: 'Nghe' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dừng' }));
    expect(speech.cancels).toBe(2);
    expect(highlighted()).toEqual([]);
  });
});

describe('a quiz question’s "Nghe" buttons', () => {
  const question: Question = {
    id: 'q1',
    type: 'scenario',
    scenario: 'Một người lạ hỏi địa chỉ nhà em.',
    question: 'Em sẽ làm gì?',
    options: [
      { text: 'Không trả lời và **kể với bố mẹ**', correct: true },
      { text: 'Trả lời ngay', correct: false },
    ],
    explanation: 'Không cho người lạ biết địa chỉ nhà.',
  };

  beforeEach(async () => {
    freshDatabase();
    useStorageStatus.setState({ problem: null, ready: true });
  });

  it('read an answer without choosing it, and the question with its answers in the order shown', async () => {
    const user = userEvent.setup();
    const learner = (await ensureCurrentLearner())!;
    await renderWithProviders(<QuizRunner lesson={lessonBody({ band: 'lop-1-3', quiz: [question] })} learnerId={learner.id} />);
    await user.click(await screen.findByRole('button', { name: 'Nghe: đáp án 1' }));
    const first = screen.getAllByRole('radio')[0]!;
    expect(first).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeDisabled();
    const shownFirst = first.closest('label')!.querySelector('.option__text')!.textContent!;
    expect(speech.spoken.map((u) => u.text)).toEqual([shownFirst.replace(/\*\*/g, '')]);
    expect(highlighted()).toEqual([shownFirst]);
    expect(within(first.closest('li')!).getByRole('button', { name: 'Dừng: đáp án 1' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nghe: câu hỏi và các đáp án' }));
    const shown = screen.getAllByRole('radio').map((radio) => radio.closest('label')!.querySelector('.option__text')!.textContent);
    expect(speech.spoken.slice(1).map((u) => u.text)).toEqual(['Một người lạ hỏi địa chỉ nhà em.', 'Em sẽ làm gì?', `1: ${shown[0]}`, `2: ${shown[1]}`]);
    expect(highlighted()).toEqual(['Một người lạ hỏi địa chỉ nhà em.']);
    speak(() => speech.finish());
    expect(highlighted()).toEqual(['Em sẽ làm gì?']);
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
  });
});

describe('Cài đặt → Đọc to', () => {
  it('says there is no Vietnamese voice, and how to add one, where the computer has none', async () => {
    speech.setVoices([english]);
    await renderWithProviders(<ReadAloudSection />);
    expect(await screen.findByText(/Máy này chưa có giọng đọc tiếng Việt/)).toBeInTheDocument();
    expect(screen.getByText(/^Windows: .*Text-to-speech/)).toBeInTheDocument();
    expect(screen.getByText(/^Android: .*Text-to-speech output/)).toBeInTheDocument();
    expect(screen.getByText(/^Linux: .*--enable-speech-dispatcher/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Giọng đọc tiếng Việt')).not.toBeInTheDocument();
  });

  it('lists the Vietnamese voices, and keeps the speed for this computer', async () => {
    const user = userEvent.setup();
    const online = fakeVoice('Google Tiếng Việt', 'vi-VN', { localService: false });
    speech.setVoices([english, vietnamese, online]);
    await renderWithProviders(<ReadAloudSection />);
    const voices = await screen.findByLabelText('Giọng đọc tiếng Việt');
    expect(within(voices).getAllByRole('option').map((option) => option.textContent)).toEqual(['Vietnamese (Northern)', 'Google Tiếng Việt (cần mạng)']);
    expect(voices).toHaveValue(vietnamese.voiceURI);
    await user.selectOptions(voices, online.voiceURI);
    expect(readStored('read-aloud-voice-vi')).toBe(online.voiceURI);
    await user.selectOptions(screen.getByLabelText('Tốc độ đọc'), 'Chậm');
    expect(readStored('read-aloud-speed')).toBe('slow');
    await user.click(screen.getByRole('button', { name: /^Nghe thử: giọng Google Tiếng Việt/ }));
    expect(speech.spoken.map((u) => [u.voice?.name, u.rate])).toEqual([
      ['Google Tiếng Việt', READING_RATES.slow],
      ['Google Tiếng Việt', READING_RATES.slow],
    ]);
  });
});
