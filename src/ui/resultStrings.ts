/**
 * The words of "Gửi kết quả cho thầy cô" (src/ui/SendResults.tsx), on the skills map and in Cài đặt → Chuyển
 * tiến độ: a namespace of their own ('results'), loaded with the screen that shows the button, not with
 * the first page. Declared by the progress feature (src/features/progress/screens.ts).
 */
import type { Translation } from '../i18n/translation';

export const resultsVi = {
  open: 'Gửi kết quả cho thầy cô',
  openEveryone: 'Gửi kết quả của mọi học sinh cho thầy cô',
  openNote: 'Không cần USB: điện thoại của thầy cô quét mã QR trên màn hình.',
  title: 'Gửi kết quả cho thầy cô bằng mã QR',
  intro: 'Thầy cô mở Báo cáo lớp trên điện thoại, bấm “Quét mã QR” rồi hướng camera vào mã trên màn hình.',
  sequence: 'Có {{total}} mã. Khi điện thoại của thầy cô đã đọc xong một mã, bấm “Mã tiếp theo”.',
  single: 'Chỉ có một mã.',
  counter: 'Mã {{index}}/{{total}}',
  alt: 'Mã QR {{index}}/{{total}} chứa kết quả học tập',
  previous: 'Mã trước',
  next: 'Mã tiếp theo',
  close: 'Đóng mã QR',
  preparing: 'Đang chuẩn bị mã QR…',
  privacy: 'Mã chỉ chứa biệt danh, lớp, các bài đã làm và câu trả lời của lần làm tốt nhất và lần gần nhất — không có mã PIN hay mật khẩu hình.',
  empty: 'Chưa có kết quả nào để gửi.',
  tooMany: 'Có quá nhiều kết quả để đưa vào mã QR. Hãy gửi bằng tệp: Cài đặt → Chuyển tiến độ sang máy khác.',
  failed: 'Không tạo được mã QR. Hãy gửi bằng tệp: Cài đặt → Chuyển tiến độ sang máy khác.',
  unlockLearner: 'Nhập mã PIN của {{name}} để hiện mã QR',
  unlockTeacher: 'Nhập mã PIN của thầy cô để hiện mã QR của mọi học sinh',
  cancelled: 'Chưa hiện mã QR.',
};

export const resultsEn: Translation<typeof resultsVi> = {
  open: 'Send results to the teacher',
  openEveryone: 'Send every learner’s results to the teacher',
  openNote: 'No USB stick needed: the teacher’s phone scans a QR code on the screen.',
  title: 'Send results to the teacher with a QR code',
  intro: 'The teacher opens the class report on their phone, taps “Scan QR codes” and points the camera at the code on the screen.',
  sequence: 'There are {{total}} codes. When the teacher’s phone has read one, press “Next code”.',
  single: 'There is only one code.',
  counter: 'Code {{index}}/{{total}}',
  alt: 'QR code {{index}}/{{total}} with learning results',
  previous: 'Previous code',
  next: 'Next code',
  close: 'Close the QR code',
  preparing: 'Preparing the QR code…',
  privacy: 'The code holds only the nickname, class, the lessons taken and the answers of the best and the latest attempt — no PIN and no picture password.',
  empty: 'There are no results to send yet.',
  tooMany: 'There are too many results for QR codes. Send them as a file: Settings → Moving progress to another computer.',
  failed: 'The QR code could not be made. Send the results as a file: Settings → Moving progress to another computer.',
  unlockLearner: 'Enter {{name}}’s PIN to show the QR code',
  unlockTeacher: 'Enter the teacher PIN to show every learner’s QR codes',
  cancelled: 'No QR code shown.',
};
