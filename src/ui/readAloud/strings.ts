/**
 * Read-aloud's strings (the "Nghe" buttons and its part of Cài đặt), Vietnamese first: a namespace of
 * their own, loaded when the first button or the settings section shows (registered in useReadAloud.ts).
 * The ways to add a voice name only the places that are the same across versions (Windows 10 and 11's
 * Time & Language and its Text-to-speech feature; Android's Text-to-speech output, whose place in
 * Settings differs between makers, so it is to be looked for); the Linux line is what the e2e test
 * (tests/e2e/read-aloud.test.ts) runs: Debian's Chromium lists no voice without --enable-speech-dispatcher.
 */
import type { Translation } from '../../i18n/translation';

export const readAloudVi = {
  listen: 'Nghe',
  stop: 'Dừng',
  readPart: 'Đọc cả phần',
  readLesson: 'Đọc cả bài',
  /** A button's name when the page has many: "Nghe: đáp án 2". */
  named: '{{action}}: {{what}}',
  what: {
    question: 'câu hỏi và các đáp án',
    option: 'đáp án {{number}}',
    sample: 'giọng {{voice}}',
  },
  failed: 'Máy chưa đọc được đoạn này. Hãy thử lại, hoặc chọn giọng đọc khác trong Cài đặt.',
  settings: {
    title: 'Đọc to (nút “Nghe”)',
    intro: 'Nút “Nghe” ở mỗi đoạn bài học và mỗi câu hỏi đọc to bằng giọng đọc có sẵn trên máy, để em chưa đọc thạo vẫn tự học được; câu đang đọc được tô màu. Tốc độ và giọng đọc chọn ở đây được nhớ cho máy này, dùng chung cho mọi học sinh.',
    checking: 'Đang tìm giọng đọc trên máy này…',
    noSpeech: 'Trình duyệt này không đọc to được, nên nút “Nghe” không hiện. Hãy dùng Chrome, Edge hoặc Firefox bản mới.',
    speed: 'Tốc độ đọc',
    speeds: {
      auto: 'Theo lớp (chậm hơn cho lớp 1–3)',
      slow: 'Chậm',
      normal: 'Vừa',
      fast: 'Nhanh',
    },
    voice: {
      vi: 'Giọng đọc tiếng Việt',
      en: 'Giọng đọc tiếng Anh (cho bài tiếng Anh)',
    },
    online: '{{name}} (cần mạng)',
    onlineHint: 'Giọng có ghi “cần mạng” không đọc được khi máy mất mạng; giọng có sẵn trên máy thì đọc được cả khi không có mạng.',
    tryVoice: 'Nghe thử',
    sample: {
      vi: 'Xin chào các em. Hôm nay chúng ta học cách dùng Internet an toàn.',
      en: 'Hello everyone. Today we learn how to use the Internet safely.',
    },
    noVoice: {
      vi: 'Máy này chưa có giọng đọc tiếng Việt, nên nút “Nghe” không hiện ở các bài tiếng Việt. Cách thêm giọng đọc:',
      en: 'Máy này chưa có giọng đọc tiếng Anh, nên nút “Nghe” không hiện ở các bài tiếng Anh.',
    },
    addVoice: {
      windows:
        'Windows: mở Settings (Cài đặt) của Windows → Time & Language (Thời gian và ngôn ngữ) → phần ngôn ngữ (Language & region ở Windows 11, Language ở Windows 10) → Add a language (Thêm ngôn ngữ) → Tiếng Việt. Khi Windows hỏi cài thêm những gì, giữ dấu chọn ở Text-to-speech (Chuyển văn bản thành giọng nói). Nếu Tiếng Việt đã có trong danh sách mà chưa có giọng đọc, mở phần tùy chọn (Options) của Tiếng Việt và tải phần giọng nói (Speech) nếu có.',
      android:
        'Android: trong Settings (Cài đặt) của máy, tìm mục Text-to-speech output (Chuyển văn bản thành giọng nói; thường ở phần Hỗ trợ tiếp cận). Chọn công cụ của Google, rồi trong cài đặt của công cụ đó tải giọng đọc Tiếng Việt.',
      linux:
        'Linux: cài các gói speech-dispatcher và espeak-ng (có tiếng Việt). Firefox dùng được ngay; Chromium cần được mở với tùy chọn --enable-speech-dispatcher.',
      restart: 'Cài xong, hãy đóng hẳn trình duyệt rồi mở lại trang này để nút “Nghe” hiện ra.',
    },
  },
};

export const readAloudEn: Translation<typeof readAloudVi> = {
  listen: 'Listen',
  stop: 'Stop',
  readPart: 'Read this part',
  readLesson: 'Read the whole lesson',
  named: '{{action}}: {{what}}',
  what: {
    question: 'the question and its answers',
    option: 'answer {{number}}',
    sample: 'the voice {{voice}}',
  },
  failed: 'The computer could not read this aloud. Try again, or choose another voice in Settings.',
  settings: {
    title: 'Reading aloud (the “Listen” button)',
    intro: 'The “Listen” button on every part of a lesson and every question reads it aloud with a voice installed on the computer, so a child who does not read well yet can still learn alone; the sentence being read is highlighted. The speed and voice chosen here are kept for this computer and used by every learner.',
    checking: 'Looking for voices on this computer…',
    noSpeech: 'This browser cannot read aloud, so the “Listen” buttons are not shown. Use a recent Chrome, Edge or Firefox.',
    speed: 'Reading speed',
    speeds: {
      auto: 'By grade (slower for grades 1–3)',
      slow: 'Slow',
      normal: 'Normal',
      fast: 'Fast',
    },
    voice: {
      vi: 'Vietnamese voice',
      en: 'English voice (for lessons in English)',
    },
    online: '{{name}} (needs the Internet)',
    onlineHint: 'A voice marked “needs the Internet” cannot read while the computer is offline; a voice installed on the computer reads offline too.',
    tryVoice: 'Try it',
    sample: {
      vi: 'Xin chào các em. Hôm nay chúng ta học cách dùng Internet an toàn.',
      en: 'Hello everyone. Today we learn how to use the Internet safely.',
    },
    noVoice: {
      vi: 'This computer has no Vietnamese voice, so the “Listen” buttons are not shown on Vietnamese lessons. To add one:',
      en: 'This computer has no English voice, so the “Listen” buttons are not shown on English lessons.',
    },
    addVoice: {
      windows:
        'Windows: open Windows Settings → Time & Language → the language page (Language & region on Windows 11, Language on Windows 10) → Add a language → Vietnamese. When Windows asks what to install with it, keep Text-to-speech ticked. If Vietnamese is already in the list but has no voice, open its options (Options) and download its speech part (Speech) if there is one.',
      android:
        'Android: in the phone’s or tablet’s Settings, find Text-to-speech output (usually under Accessibility). Choose Google’s engine, then download the Vietnamese voice in that engine’s settings.',
      linux:
        'Linux: install the packages speech-dispatcher and espeak-ng (it speaks Vietnamese). Firefox uses them at once; Chromium must be started with the option --enable-speech-dispatcher.',
      restart: 'Once it is installed, close the browser completely and open this page again so the “Listen” buttons appear.',
    },
  },
};
