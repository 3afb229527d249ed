// Vietnamese: "bạn" throughout, the neutral address Vietnamese surveys and public notices use with a
// stranger of any age ("quý vị" reads as a speech to an audience). Full diacritics everywhere, SMS
// included: Vietnamese is UCS-2 in any case, and without them many words change meaning. Southern
// vocabulary where the regions differ ("bệnh", "giữ trẻ"), as most Vietnamese speakers in the US use.
// One word for one thing: "khảo sát" (survey), "đường link" (link), "câu trả lời" (answer) and "chủ
// lao động" (employer).
import type { Words } from './types.js';

export const vi: Words = {
  origin: {
    source:
      'Drafted from the English (the Spanish as a second reference) by the project team with machine assistance; not yet reviewed by a native speaker.',
    reviewed: null,
  },
  page: {
    start: 'Bắt đầu',
    next: 'Tiếp theo',
    back: 'Quay lại',
    submit: 'Gửi câu trả lời',
    saveLater: 'Lưu lại, làm tiếp sau',
    savedTitle: 'Câu trả lời của bạn đã được lưu',
    savedBody: 'Để làm tiếp, hãy mở lại đúng đường link này. Câu trả lời của bạn vẫn còn đó.',
    progress: 'Phần {n} trên {total}',
    minutes: { other: 'Khoảng {n} phút' },
    required: 'bắt buộc',
    optional: 'không bắt buộc',
    errorSummary: 'Có vài câu trả lời cần sửa. Vui lòng xem các câu hỏi được đánh dấu bên dưới.',
    thanksTitle: 'Cảm ơn bạn!',
    thanksBody:
      'Chúng tôi đã nhận được câu trả lời của bạn. Cảm ơn bạn đã dành thời gian. Những gì bạn cho chúng tôi biết sẽ giúp mọi việc tốt hơn.',
    usedTitle: 'Khảo sát này đã được trả lời rồi',
    usedBody: 'Đường link này đã được dùng để gửi câu trả lời. Mỗi đường link chỉ dùng được một lần.',
    closedTitle: 'Khảo sát này đã đóng',
    closedBody: 'Đã hết thời gian trả lời khảo sát này. Cảm ơn bạn đã quan tâm.',
    notOpenTitle: 'Khảo sát này chưa mở',
    notOpenBody: 'Vui lòng mở lại đường link này sau.',
    unknownTitle: 'Chúng tôi không tìm thấy khảo sát này',
    unknownBody:
      'Đường link có thể bị sai hoặc bị cắt mất một phần. Hãy xem bạn đã chép đủ cả đường link trong tin nhắn chưa.',
    busyTitle: 'Vui lòng thử lại sau một phút',
    busyBody: 'Lúc này có rất nhiều người đang trả lời. Vui lòng đợi một phút rồi thử lại.',
    otherLanguages: 'Ngôn ngữ khác',
    anonymityNote:
      'Câu trả lời của bạn là ẩn danh. Chủ lao động của bạn sẽ không bao giờ thấy tên bạn cùng với câu trả lời. ' +
      'Chúng tôi chỉ cho xem kết quả của những nhóm từ 5 người trở lên.',
    chooseAll: 'Chọn tất cả câu trả lời đúng với bạn.',
    chooseUpTo: 'Chọn nhiều nhất {max} câu trả lời.',
    charactersLeft: 'Còn {n} ký tự',
    errors: {
      required: 'Vui lòng trả lời câu hỏi này.',
      invalid: 'Câu trả lời này không hợp lệ. Vui lòng kiểm tra lại.',
      too_long: 'Câu trả lời này quá dài. Vui lòng viết ngắn hơn.',
      too_many: 'Bạn đã chọn quá nhiều câu trả lời. Vui lòng chọn ít hơn.',
    },
    dependsOn: 'Chỉ trả lời câu này nếu ở trên bạn đã chọn {answers}.',
    or: 'hoặc',
    offline:
      'Chúng tôi không kết nối được với máy chủ. Câu trả lời của bạn vẫn còn ở đây. Hãy kiểm tra kết nối mạng rồi thử lại.',
    tooFast: 'Bạn làm nhanh quá. Vui lòng dành chút thời gian đọc các câu hỏi, rồi gửi lại câu trả lời.',
    startOver: 'Làm lại từ đầu (xóa các câu trả lời này)',
    previewNotice: 'Xem trước: không câu trả lời nào ở đây được lưu hay gửi đi.',
    previewMissing: '[Chưa có bản tiếng Việt]',
  },
  scales: {
    agree5: [
      'Hoàn toàn không đồng ý',
      'Không đồng ý',
      'Không đồng ý cũng không phản đối',
      'Đồng ý',
      'Hoàn toàn đồng ý',
    ],
    likelihood: ['Hoàn toàn không có khả năng', 'Rất có khả năng'],
    rating10: ['Rất kém', 'Xuất sắc'],
    yesno: ['Có', 'Không'],
  },
  asking: {
    from: 'Khảo sát này do {name} thực hiện.',
    until: 'Mở đến hết ngày {date} ({zone}).',
    call: 'Có thắc mắc? Gọi {contact}',
    email: 'Có thắc mắc? Gửi email đến {contact}',
    textKeyword: 'Hoặc nhắn {keyword} đến {number} để trả lời qua tin nhắn.',
  },
  problems: {
    form: {
      title: 'Chúng tôi không đọc được những gì bạn gửi',
      body: 'Vui lòng quay lại khảo sát, kiểm tra câu trả lời và gửi lại trang này.',
      back: 'Quay lại khảo sát',
    },
    full: {
      title: 'Chúng tôi không lưu được câu trả lời của bạn',
      body: 'Máy chủ của chúng tôi đã hết chỗ lưu. Vui lòng thử lại sau: đường link của bạn vẫn dùng được.',
      notice:
        'Chúng tôi không lưu được trang này: máy chủ của chúng tôi đã hết chỗ lưu. Câu trả lời của bạn vẫn còn ở đây. Vui lòng thử lại sau, bấm lại đúng nút này.',
      back: 'Quay lại khảo sát',
    },
    unavailable: {
      title: 'Lúc này chúng tôi chưa lưu được câu trả lời của bạn',
      body: 'Lúc này máy chủ của chúng tôi không lưu được câu trả lời. Vui lòng thử lại sau vài phút: đường link của bạn vẫn dùng được.',
      notice:
        'Chúng tôi không lưu được trang này: lúc này máy chủ của chúng tôi không lưu được câu trả lời. Câu trả lời của bạn vẫn còn ở đây. Vui lòng thử lại sau vài phút, bấm lại đúng nút này.',
      back: 'Quay lại khảo sát',
    },
  },
  posterLimit: {
    title: 'Vui lòng thử lại sau',
    body:
      'Khảo sát này đã được mở nhiều lần từ cùng một mạng internet. Vui lòng thử lại sau, ' +
      'hoặc chuyển điện thoại từ Wi-Fi sang dữ liệu di động.',
  },
  shortCode: {
    title: 'Mở khảo sát của bạn',
    intro: 'Nhập mã in trên thẻ của bạn.',
    label: 'Mã',
    hint: ['10 chữ cái và chữ số, ví dụ', 'Có gạch ngang, khoảng trắng hay chữ thường cũng được.'],
    go: 'Mở khảo sát của tôi',
    malformed: 'Đây không phải mã của thẻ. Mã có 10 chữ cái và chữ số, ví dụ K7QX-9MHP-2T.',
    unknown: 'Không có thẻ nào có mã này. Hãy kiểm tra từng ký tự rồi thử lại.',
    limitTitle: 'Vui lòng thử lại sau',
    // Vietnamese nouns do not change with a number: Intl.PluralRules('vi') has only `other`.
    limitBody: {
      other:
        'Đã có nhiều mã được nhập từ mạng internet này. Vui lòng thử lại sau {n} phút, quét mã QR trên ' +
        'thẻ của bạn, hoặc chuyển điện thoại từ Wi-Fi sang dữ liệu di động.',
    },
    card: {
      title: 'Ý kiến của bạn rất quan trọng',
      go: 'Trên điện thoại, hãy vào',
      type: 'và nhập mã này:',
      scan: 'Hoặc quét ô vuông bằng máy ảnh. Khảo sát là ẩn danh; mã chỉ dùng được một lần.',
    },
  },
  unsubscribe: {
    askTitle: 'Ngừng nhận các email này?',
    ask: '{email} sẽ không nhận thêm email khảo sát nào từ {org}.',
    button: 'Ngừng nhận email',
    doneTitle: 'Bạn đã ngừng nhận email',
    done: 'Bạn sẽ không nhận thêm email khảo sát nào từ {org}. Nếu đổi ý, hãy nhờ {org} thêm bạn lại.',
    unknownTitle: 'Đường link này không dùng được',
    unknown: 'Hãy xem bạn đã mở đủ cả đường link trong email chưa.',
  },
  // UCS-2, 67 characters a part: with a long name and link an invitation has 36 characters of its own,
  // so "5 phút" gave way to "kín" (private) and to an opt-out line a reader takes in at once.
  // "{org} gửi{name} ..." reads "{org} sends (Name) ...", whole with a name and without one.
  sms: {
    invitation: '{org} gửi{name} khảo sát kín: {link} STOP để ngừng',
    reminder: '{org} nhắc{name} khảo sát vẫn mở {link} STOP để ngừng',
    invitationBoth: '{org} gửi{name} khảo sát kín: {link} hoặc nhắn {reply} để trả lời. STOP để ngừng',
    reminderBoth: '{org} nhắc{name} khảo sát kín: {link} hoặc nhắn {reply} để trả lời. STOP để ngừng',
    invitationText:
      '{org} gửi{name} khảo sát kín 5 phút. Nhắn {reply} để trả lời qua tin nhắn. STOP để ngừng',
    reminderText: '{org} nhắc{name} khảo sát kín vẫn mở. Nhắn {reply} để trả lời qua tin nhắn. STOP để ngừng',
    optOut: '{product}: bạn đã ngừng nhận tin nhắn. Nhắn START để nhận lại.',
    optIn:
      '{product}: bạn sẽ nhận lại tin khảo sát. Nhắn HELP để được giúp, STOP để ngừng. Có thể mất phí tin nhắn và dữ liệu.',
    help: '{product} làm khảo sát ngắn, kín cho {org}.{contact} Nhắn STOP hoặc NGUNG để ngừng, START để nhận lại.',
    helpOrgFallback: 'liên minh việc làm của bạn',
    helpContact: ' Thắc mắc: {contact}.',
    clarify: '{product}: Nhắn STOP hoặc NGUNG để ngừng nhận các tin này.',
  },
  smsSurvey: {
    start:
      'Cảm ơn bạn trả lời qua tin nhắn. Trả lời mỗi câu bằng số hoặc chữ. BO QUA để bỏ qua, QUAY LAI để quay lại, STOP để dừng.',
    retryScale: 'Xin lỗi, chúng tôi chưa hiểu. Vui lòng gửi một số từ {lo} đến {hi}.',
    retryYesNo: 'Xin lỗi, chúng tôi chưa hiểu. Vui lòng gửi C (có) hoặc K (không).',
    retryOne: 'Xin lỗi, chúng tôi chưa hiểu. Vui lòng gửi một số từ 1 đến {n}.',
    retrySeveral: 'Xin lỗi, chưa hiểu. Gửi các số bạn chọn, từ 1 đến {n}, ví dụ: 1 3.',
    retryText: 'Xin lỗi, quá dài. Hãy viết dưới {max} ký tự, hoặc gửi BO QUA.',
    cannotSkip: 'Câu này cần được trả lời, không thể bỏ qua. Vui lòng trả lời.',
    thanks:
      'Cảm ơn bạn! Câu trả lời được lưu không kèm tên hay số điện thoại. Chủ lao động không biết ai nói gì: kết quả chỉ hiện theo nhóm.',
  },
  email: {
    subjectInvitation: '{org} muốn nghe ý kiến của bạn',
    subjectReminder: 'Nhắc nhở: khảo sát của {org} vẫn đang mở',
    greeting: 'Chào {name},',
    greetingNoName: 'Xin chào,',
    leadInvitation:
      '{org} hỏi những người cùng làm việc với mình xem mọi việc thế nào, và dùng ý kiến của họ để quyết định cần cải thiện điều gì. Mời bạn trả lời khảo sát ngắn của chúng tôi; chỉ mất khoảng 5 phút.',
    leadReminder:
      'Vài ngày trước, {org} đã mời bạn làm một khảo sát ngắn. Nếu bạn có chút thời gian, câu trả lời của bạn vẫn được tính; chỉ mất khoảng 5 phút.',
    button: 'Trả lời khảo sát',
    privacy:
      'Câu trả lời của bạn được giữ kín: chúng được lưu mà không có tên, email hay số điện thoại của bạn, và kết quả chỉ được cho xem theo nhóm từ {min} người trở lên.',
    personal: 'Đường link này chỉ dành riêng cho bạn. Link dùng được đến ngày {date}.',
    unsubscribe: 'Ngừng nhận các email này',
  },
  // As people type them without diacritics, đ as d ("hủy đăng ký" is HUYDANGKY). HUY (cancel) and HD
  // (hướng dẫn, instructions) are the words Vietnamese carriers' own services use; NGUNG and DUNGLAI
  // say "stop"; DUNGGUI and DUNGNHAN say "stop sending", "stop receiving" and, đ as d, "don't send",
  // "don't text" (đừng gửi, đừng nhắn). DUNG alone is left out: without diacritics it is also "đúng"
  // ("right", "yes"), an ordinary reply. Opt-in and help match the whole text as typed, spaces kept,
  // so their two-word words are listed both ways. Opting back in must be deliberate: neither CO ("có",
  // yes, which answers any question) nor DK (written for "được", OK, as often as for "đăng ký") is one.
  // HUY alone ("hủy", cancel) is left out: it is also a common given name, and a worker who texts
  // back their name must not be opted out. HUYDK and HUYDANGKY say "cancel the sign-up" unmistakably.
  keywords: {
    optOut: [
      'NGUNG',
      'NGUNGLAI',
      'NGUNGGUI',
      'NGUNGNHAN',
      'DUNGLAI',
      'DUNGGUI',
      'DUNGNHAN',
      'DUNGNHANTIN',
      'HUYDK',
      'HUYDANGKY',
      'TUCHOI',
    ],
    optIn: ['BATDAU', 'BAT DAU', 'DANGKY', 'DANG KY'],
    help: ['GIUP', 'TROGIUP', 'TRO GIUP', 'HUONGDAN', 'HUONG DAN', 'HD'],
    back: ['QUAY LAI', 'TRO LAI', 'LUI'],
    skip: ['BO QUA'],
  },
  // Read with and without diacritics: replies are compared without them (có and co alike).
  replies: {
    yes: ['CO', 'C', 'VANG', 'DA', 'DUNG'],
    no: ['KHONG', 'K', 'KO', 'KHG', 'KG', 'CHUA'],
    and: ['VA', 'VOI'],
  },
};
