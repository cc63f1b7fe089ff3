/**
 * The words of "Em cần giúp?" (the guided help path, src/features/help/helpPath.ts), one version per
 * register (small = Lớp 1–3, very short sentences; middle = Lớp 4–5; big = Lớp 6–12), Vietnamese first: a namespace loaded with that screen, not with the first page
 * (tests/build/budget.test.ts). Its entry's two lines stay core strings: the help page and the header
 * show them, prerendered.
 */
import type { Translation } from '../../i18n/translation';

export const helpPathVi = {
  title: 'Em cần giúp?',
  lead: 'Mình cùng đi từng bước ngắn nhé. Em chỉ cần bấm vào điều đúng với em.',
  nothingStored: 'Những gì em chọn ở đây không được lưu lại trên máy.',
  stepOf: 'Bước {{current}} / {{total}}',
  back: 'Quay lại',
  quickExit: 'Thoát nhanh',
  quickExitKey: 'Hoặc bấm phím Esc hai lần.',
  quickExitHint: 'Màn hình trắng ngay, và nút Quay lại của trình duyệt không mở lại trang này.',
  bar: {
    label: 'Tổng đài 111',
    text: 'Gọi 111: miễn phí, có người nghe cả ngày lẫn đêm.',
    call: 'Gọi 111',
  },
  age: {
    title: 'Em học lớp mấy?',
  },
  what: {
    title: 'Chuyện gì đang xảy ra?',
  },
  situations: {
    mean: {
      small: 'Có người nói điều xấu với em hoặc về em.',
      middle: 'Có người trêu chọc em, nói điều xấu với em hoặc về em trên mạng.',
      big: 'Có người bắt nạt, chế giễu em hoặc nói xấu về em trên mạng.',
    },
    asks: {
      small: 'Có người xin ảnh, rủ em đi gặp hoặc bảo em giữ bí mật.',
      middle: 'Có người xin ảnh của em, bảo em giữ bí mật hoặc rủ em gặp mặt.',
      big: 'Có người xin ảnh, đòi em giữ bí mật hoặc hẹn gặp riêng.',
    },
    threat: {
      small: 'Có người dọa em hoặc đòi tiền.',
      middle: 'Có người đe dọa em hoặc đòi em gửi tiền, thẻ cào.',
      big: 'Có người đe dọa em, đòi tiền hoặc dọa tung ảnh, tin nhắn của em.',
    },
    saw: {
      small: 'Em thấy một thứ làm em sợ hoặc buồn.',
      middle: 'Em thấy một thứ trên mạng làm em sợ hoặc khó chịu.',
      big: 'Em đã thấy một nội dung làm em sợ, khó chịu hoặc cứ nghĩ mãi.',
    },
    account: {
      small: 'Có người lấy mất tài khoản của em.',
      middle: 'Tài khoản game hoặc mạng xã hội của em bị người khác lấy mất.',
      big: 'Tài khoản của em bị người khác chiếm mất.',
    },
    friend: {
      small: 'Em lo cho một bạn.',
      middle: 'Em lo cho một người bạn đang gặp chuyện trên mạng.',
      big: 'Em đang lo cho một người bạn gặp chuyện trên mạng.',
    },
    other: {
      small: 'Chuyện khác.',
      middle: 'Chuyện khác.',
      big: 'Một chuyện khác.',
    },
  },
  do: {
    title: {
      small: 'Em làm thế này nhé',
      middle: 'Việc em có thể làm ngay',
      big: 'Việc em có thể làm ngay',
    },
    calm: {
      small: 'Em làm đúng khi tìm giúp đỡ. Không phải lỗi của em.',
      middle: 'Em đã làm đúng khi tìm giúp đỡ. Dù chuyện gì xảy ra, đó không phải lỗi của em.',
      big: 'Tìm giúp đỡ là việc đúng đắn. Dù chuyện gì đã xảy ra, đó không phải lỗi của em.',
    },
    calmFriend: {
      small: 'Em thật tốt khi lo cho bạn.',
      middle: 'Em là một người bạn tốt khi lo cho bạn mình.',
      big: 'Lo cho bạn và tìm cách giúp là việc của một người bạn tốt.',
    },
  },
  actions: {
    stop: {
      small: 'Đừng trả lời người đó.',
      middle: 'Đừng trả lời nữa. Em không cần giải thích gì cả.',
      big: 'Ngừng trả lời. Em không cần giải thích, và cãi lại thường làm chuyện to thêm.',
    },
    nothing: {
      small: 'Đừng gửi gì cả: không ảnh, không tiền.',
      middle: 'Đừng gửi gì thêm: không ảnh, không tiền, không mật khẩu.',
      big: 'Không gửi thêm gì: không ảnh, không tiền, không mã OTP hay mật khẩu, dù người đó hứa hay dọa thế nào.',
    },
    evidence: {
      small: 'Đừng xóa tin nhắn. Người lớn sẽ giúp em.',
      middle: 'Giữ lại bằng chứng: chụp màn hình tin nhắn và tên tài khoản. Nếu đó là ảnh riêng tư thì đừng gửi cho ai, kể cả để cho ai xem: hãy cho người lớn xem ngay trên máy. Đừng xóa gì trước khi người lớn hoặc 111 bảo.',
      big: 'Giữ bằng chứng: chụp màn hình tin nhắn, tên và đường dẫn tài khoản, ngày giờ. Riêng ảnh riêng tư, nhạy cảm: không bao giờ chuyển tiếp cho ai, kể cả để cho ai xem; hãy cho người lớn xem ngay trên máy. Đừng xóa gì trước khi người lớn hoặc 111 bảo.',
    },
    block: {
      small: 'Người lớn sẽ giúp em báo cáo và chặn người đó.',
      middle: 'Khi người lớn đã biết chuyện và em đã chụp màn hình: báo cáo, rồi chặn người đó trên ứng dụng. Em có thể nhờ người lớn làm cùng.',
      big: 'Khi đã nói với người lớn và lưu bằng chứng: báo cáo, rồi chặn tài khoản đó trên ứng dụng.',
    },
    report: {
      small: 'Người lớn sẽ giúp em báo cho ứng dụng.',
      middle: 'Em có thể báo cáo nội dung đó trên ứng dụng, tự làm hoặc nhờ người lớn.',
      big: 'Báo cáo nội dung đó trên ứng dụng để nền tảng xem xét và gỡ bỏ.',
    },
    close: {
      small: 'Tắt đi. Em không cần xem tiếp.',
      middle: 'Tắt đi hoặc rời khỏi trang đó. Em không cần xem tiếp.',
      big: 'Đóng lại, rời khỏi trang hoặc nhóm đó. Em không cần xem tiếp.',
    },
    notShare: {
      small: 'Đừng cho bạn khác xem.',
      middle: 'Đừng gửi nó cho bạn khác.',
      big: 'Không chia sẻ, không chuyển tiếp cho ai, kể cả để cảnh báo bạn bè.',
    },
    listen: {
      small: 'Ở bên bạn và nghe bạn nói.',
      middle: 'Nghe bạn kể và đừng trách bạn. Hãy nói: “Không phải lỗi của cậu.”',
      big: 'Lắng nghe, đừng trách bạn, và nói rằng đó không phải lỗi của bạn ấy.',
    },
    friendPrivate: {
      small: 'Đừng kể cho cả lớp.',
      middle: 'Đừng kể cho cả lớp, đừng gửi tin nhắn hay ảnh của bạn cho ai.',
      big: 'Không chuyển tiếp tin nhắn, ảnh của bạn cho ai; không kể cho cả lớp.',
    },
    adultFriend: {
      small: 'Cùng bạn đi kể với thầy cô.',
      middle: 'Rủ bạn cùng kể với người lớn. Nếu bạn chưa muốn, em vẫn nên kể: đó là giúp bạn, không phải mách lẻo.',
      big: 'Rủ bạn cùng nói với một người lớn đáng tin. Nếu bạn chưa sẵn sàng, em vẫn nên nói: đó là giúp bạn, không phải phản bội bạn.',
    },
    recover: {
      small: 'Đừng tạo tài khoản mới vội. Người lớn sẽ giúp em lấy lại.',
      middle: 'Nhờ người lớn giúp lấy lại tài khoản bằng mục “Quên mật khẩu” của chính ứng dụng, rồi đặt mật khẩu mới.',
      big: 'Lấy lại tài khoản bằng mục “Quên mật khẩu” của chính ứng dụng (đừng bấm đường link ai đó gửi), đổi mật khẩu, bật xác minh hai bước, và báo bạn bè lúc này đừng tin tin nhắn từ tài khoản đó.',
    },
    adult: {
      small: 'Kể ngay với bố mẹ, thầy cô hoặc người lớn em tin.',
      middle: 'Kể ngay với một người lớn em tin: bố mẹ, ông bà, thầy cô, thầy cô Tổng phụ trách Đội. Em không phải tự xử lý một mình.',
      big: 'Nói ngay với một người lớn em tin: bố mẹ, thầy cô chủ nhiệm, thầy cô tư vấn của trường. Em không phải tự xử lý chuyện này một mình.',
    },
    call111: {
      small: 'Gọi 111. Có người tốt bụng nghe máy cả ngày lẫn đêm, không mất tiền.',
      middle: 'Gọi 111: miễn phí, có người nghe máy cả ngày lẫn đêm. Em có thể tự gọi.',
      big: 'Gọi 111 – Tổng đài quốc gia bảo vệ trẻ em: miễn phí, 24/7. Em có thể gọi cho chính mình hoặc vì lo cho một người bạn.',
    },
  },
  blockHowTitle: 'Chặn và báo cáo thế nào?',
  blockHow: {
    middle: 'Thường em bấm vào dấu “…” (ba chấm) trên trang hoặc cuộc trò chuyện của người đó, hoặc nhấn giữ tin nhắn, rồi chọn Báo cáo (trên Zalo có thể là Báo xấu) và Chặn. Nếu không thấy nút, hãy nhờ người lớn tìm cùng em.',
    big: 'Trên Facebook, Instagram, TikTok, Zalo và nhiều trò chơi, thường em bấm vào dấu “…” (ba chấm) trên trang cá nhân, bài đăng hoặc cuộc trò chuyện, hoặc nhấn giữ tin nhắn, rồi chọn Báo cáo (trên Zalo có thể là Báo xấu) và Chặn. Chọn lý do gần nhất: bắt nạt, quấy rối, ảnh riêng tư, giả mạo… Mỗi ứng dụng đặt nút một chỗ và hay đổi tên: nếu không thấy, hãy nhờ người lớn tìm cùng em.',
  },
  call111Button: 'Bấm để gọi 111',
  danger: {
    small: 'Em thấy không an toàn ngay lúc này? Hãy đến chỗ người lớn, hoặc gọi 113.',
    middle: 'Nếu em đang gặp nguy hiểm ngay lúc này, hãy đến ngay chỗ người lớn hoặc gọi 113 (công an).',
    big: 'Nếu em hoặc bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 113 (công an).',
  },
  call113: 'Gọi 113',
  toNote: 'Tiếp theo: lời nhắn cho người lớn',
  note: {
    title: 'Lời nhắn cho người lớn em tin',
    stepTitle: 'Lời nhắn cho người lớn',
    how: 'Em có thể đưa màn hình này cho bố mẹ, thầy cô xem, hoặc in ra.',
    print: 'In lời nhắn',
    greeting: 'Gửi bố mẹ, thầy cô hoặc người lớn mà em tin,',
    opening: 'Em đang gặp một chuyện trên mạng và cần người lớn giúp.',
    whatLabel: 'Chuyện của em:',
    situations: {
      mean: 'Có người nói lời xấu, chế giễu hoặc bắt nạt em, hoặc nói xấu về em trên mạng.',
      asks: 'Có người trên mạng xin ảnh của em, bảo em giữ bí mật hoặc rủ em gặp mặt.',
      threat: 'Có người trên mạng đe dọa em hoặc đòi tiền.',
      saw: 'Em đã thấy một nội dung trên mạng làm em sợ hoặc khó chịu.',
      account: 'Tài khoản trên mạng của em bị người khác chiếm mất.',
      friend: 'Em đang lo cho một người bạn gặp chuyện trên mạng.',
      other: 'Em gặp một chuyện trên mạng và muốn được người lớn lắng nghe.',
    },
    askLabel: 'Xin người lớn hãy:',
    asks: {
      listen: 'Bình tĩnh lắng nghe và đừng trách em. Đây không phải lỗi của em.',
      evidence: 'Giúp em giữ bằng chứng: chụp màn hình tin nhắn, tên và đường dẫn tài khoản, ngày giờ. Không lưu, không chuyển tiếp ảnh riêng tư của trẻ em, kể cả để cho ai xem: hãy xem ngay trên máy của em. Đừng xóa gì trước khi 111 hoặc công an hướng dẫn.',
      report: 'Cùng em báo cáo rồi chặn tài khoản hoặc nội dung đó trên ứng dụng.',
      noPay: 'Không trả tiền, không gửi thêm ảnh hay thông tin gì; cùng em báo công an.',
      recover: 'Giúp em lấy lại tài khoản bằng mục “Quên mật khẩu” của chính ứng dụng, đổi mật khẩu và bật xác minh hai bước.',
      friend: 'Cùng em tìm cách giúp bạn, ví dụ báo cho thầy cô hoặc gia đình của bạn.',
      call111: 'Gọi 111 – Tổng đài quốc gia bảo vệ trẻ em, miễn phí, 24/7 – để được tư vấn. Người lớn lo cho một trẻ em cũng gọi được.',
      danger: 'Nếu em đang gặp nguy hiểm ngay lúc này, gọi 113 (công an).',
    },
    moreLabel: 'Em muốn kể thêm:',
    footer: 'Lời nhắn từ ứng dụng Mạng An Toàn. Ứng dụng không lưu lại điều em đã chọn.',
  },
};

export const helpPathEn: Translation<typeof helpPathVi> = {
  title: 'Do you need help?',
  lead: 'Let’s go one short step at a time. Just press what is true for you.',
  nothingStored: 'Nothing you choose here is saved on this computer.',
  stepOf: 'Step {{current}} of {{total}}',
  back: 'Back',
  quickExit: 'Quick exit',
  quickExitKey: 'Or press Esc twice.',
  quickExitHint: 'The screen goes blank at once, and the browser’s Back button does not bring this page back.',
  bar: {
    label: 'The 111 hotline',
    text: 'Call 111: free, someone answers day and night.',
    call: 'Call 111',
  },
  age: {
    title: 'Which grade are you in?',
  },
  what: {
    title: 'What is happening?',
  },
  situations: {
    mean: {
      small: 'Someone says mean things to me or about me.',
      middle: 'Someone teases me or says mean things to me or about me online.',
      big: 'Someone is bullying me, mocking me or spreading things about me online.',
    },
    asks: {
      small: 'Someone asks for photos, to meet, or to keep a secret.',
      middle: 'Someone asks for my photos, tells me to keep a secret or wants to meet me.',
      big: 'Someone asks for photos, wants me to keep secrets or to meet in private.',
    },
    threat: {
      small: 'Someone scares me or asks for money.',
      middle: 'Someone threatens me or wants me to send money or top-up cards.',
      big: 'Someone threatens me, wants money or threatens to share my photos or messages.',
    },
    saw: {
      small: 'I saw something that scared me or made me sad.',
      middle: 'I saw something online that scared or upset me.',
      big: 'I saw something that scared or upset me, or that I keep thinking about.',
    },
    account: {
      small: 'Someone took my account.',
      middle: 'Someone took my game or social media account.',
      big: 'Someone has taken over my account.',
    },
    friend: {
      small: 'I am worried about a friend.',
      middle: 'I am worried about a friend who has a problem online.',
      big: 'I am worried about a friend who is going through something online.',
    },
    other: {
      small: 'Something else.',
      middle: 'Something else.',
      big: 'Something else.',
    },
  },
  do: {
    title: {
      small: 'Here is what to do',
      middle: 'What you can do right now',
      big: 'What you can do right now',
    },
    calm: {
      small: 'You did right to ask for help. It is not your fault.',
      middle: 'You did the right thing by looking for help. Whatever happened, it is not your fault.',
      big: 'Looking for help is the right thing to do. Whatever happened, it is not your fault.',
    },
    calmFriend: {
      small: 'It is kind of you to care about your friend.',
      middle: 'You are a good friend to care about them.',
      big: 'Caring about your friend and finding help is what a good friend does.',
    },
  },
  actions: {
    stop: {
      small: 'Don’t answer that person.',
      middle: 'Stop replying. You don’t have to explain anything.',
      big: 'Stop replying. You owe no explanation, and arguing back often makes things bigger.',
    },
    nothing: {
      small: 'Don’t send anything: no photos, no money.',
      middle: 'Don’t send anything more: no photos, no money, no passwords.',
      big: 'Send nothing more: no photos, no money, no one-time codes or passwords, whatever they promise or threaten.',
    },
    evidence: {
      small: 'Don’t delete the messages. A grown-up will help you.',
      middle: 'Keep evidence: take screenshots of the messages and the account name. If it is a private photo, don’t send it to anyone, not even to show them: show a grown-up on the device itself. Don’t delete anything until a grown-up or 111 says so.',
      big: 'Keep evidence: screenshots of the messages, the account’s name and link, dates and times. Private, intimate images are different: never forward them to anyone, not even to show someone; show a trusted adult on the device itself. Don’t delete anything until an adult or 111 says so.',
    },
    block: {
      small: 'A grown-up will help you report and block that person.',
      middle: 'Once a grown-up knows and you have the screenshots: report, then block that person in the app. You can ask a grown-up to do it with you.',
      big: 'Once you have told an adult and kept the evidence: report, then block that account in the app.',
    },
    report: {
      small: 'A grown-up will help you tell the app.',
      middle: 'You can report it in the app, on your own or with a grown-up.',
      big: 'Report it in the app so the platform reviews and removes it.',
    },
    close: {
      small: 'Close it. You don’t need to keep watching.',
      middle: 'Close it or leave that page. You don’t need to keep watching.',
      big: 'Close it, leave that page or group. You don’t need to keep watching.',
    },
    notShare: {
      small: 'Don’t show it to other children.',
      middle: 'Don’t send it to other friends.',
      big: 'Don’t share or forward it to anyone, not even to warn your friends.',
    },
    listen: {
      small: 'Stay with your friend and listen.',
      middle: 'Listen to your friend and don’t blame them. Say: “It’s not your fault.”',
      big: 'Listen, don’t blame your friend, and tell them it is not their fault.',
    },
    friendPrivate: {
      small: 'Don’t tell the whole class.',
      middle: 'Don’t tell the whole class, and don’t send your friend’s messages or photos to anyone.',
      big: 'Don’t forward your friend’s messages or photos to anyone; don’t tell the whole class.',
    },
    adultFriend: {
      small: 'Go with your friend to tell a teacher.',
      middle: 'Ask your friend to tell a grown-up with you. If they don’t want to yet, you should still tell: that is helping, not telling tales.',
      big: 'Ask your friend to talk to a trusted adult with you. If they are not ready, you should still tell: that is helping them, not betraying them.',
    },
    recover: {
      small: 'Don’t make a new account yet. A grown-up will help you get it back.',
      middle: 'Ask a grown-up to help you get the account back with the app’s own “Forgot password”, then set a new password.',
      big: 'Get the account back with the app’s own “Forgot password” (not a link someone sent you), change the password, turn on two-step verification, and tell your friends not to trust messages from that account for now.',
    },
    adult: {
      small: 'Tell your parents, a teacher or a grown-up you trust now.',
      middle: 'Tell a grown-up you trust now: a parent, a grandparent, a teacher, the Đội leader. You don’t have to deal with this alone.',
      big: 'Tell an adult you trust now: a parent, your homeroom teacher, the school counsellor. You never have to deal with this alone.',
    },
    call111: {
      small: 'Call 111. A kind person answers day and night. It is free.',
      middle: 'Call 111: it is free and someone answers day and night. You can call yourself.',
      big: 'Call 111, the national child-protection hotline: free, 24/7. You can call for yourself or because you are worried about a friend.',
    },
  },
  blockHowTitle: 'How do I block and report?',
  blockHow: {
    middle: 'Usually you press the “…” (three dots) on that person’s page or chat, or press and hold a message, then choose Report (on Zalo it may say Báo xấu) and Block. If you can’t find it, ask a grown-up to look with you.',
    big: 'On Facebook, Instagram, TikTok, Zalo and many games, you usually press the “…” (three dots) on the profile, post or chat, or press and hold a message, then choose Report (on Zalo it may say Báo xấu) and Block. Pick the closest reason: bullying, harassment, private images, impersonation… Each app puts the button somewhere else and renames it often: if you can’t find it, ask an adult to look with you.',
  },
  call111Button: 'Press to call 111',
  danger: {
    small: 'Don’t feel safe right now? Go to a grown-up, or call 113.',
    middle: 'If you are in danger right now, go straight to a grown-up or call 113 (police).',
    big: 'If you or your friend are in danger right now, call 113 (police).',
  },
  call113: 'Call 113',
  toNote: 'Next: a note for a grown-up',
  note: {
    title: 'A note for a grown-up I trust',
    stepTitle: 'A note for a grown-up',
    how: 'You can show this screen to a parent or teacher, or print it.',
    print: 'Print the note',
    greeting: 'To my parents, teacher or a grown-up I trust,',
    opening: 'Something is happening to me online and I need a grown-up’s help.',
    whatLabel: 'What happened:',
    situations: {
      mean: 'Someone is saying mean things to me, mocking or bullying me, or spreading things about me online.',
      asks: 'Someone online asked for my photos, told me to keep a secret or wants to meet me.',
      threat: 'Someone online is threatening me or asking for money.',
      saw: 'I saw something online that scared or upset me.',
      account: 'Someone has taken over my online account.',
      friend: 'I am worried about a friend who is going through something online.',
      other: 'Something happened online and I would like a grown-up to listen.',
    },
    askLabel: 'Please:',
    asks: {
      listen: 'Listen calmly and don’t blame me. It is not my fault.',
      evidence: 'Help me keep evidence: screenshots of the messages, the account’s name and link, dates and times. Don’t save or forward private images of a child, not even to show someone: look at them on my device. Don’t delete anything until 111 or the police advise.',
      report: 'Help me report, then block, that account or content in the app.',
      noPay: 'Don’t pay and don’t send any more photos or information; report it to the police with me.',
      recover: 'Help me get the account back with the app’s own “Forgot password”, change the password and turn on two-step verification.',
      friend: 'Help me find a way to help my friend, for example by telling a teacher or my friend’s family.',
      call111: 'Call 111, the national child-protection hotline (free, 24/7), for advice. Adults worried about a child can call too.',
      danger: 'If I am in danger right now, call 113 (police).',
    },
    moreLabel: 'What else I want to say:',
    footer: 'A note from the Mạng An Toàn app. The app does not keep what I chose.',
  },
};
