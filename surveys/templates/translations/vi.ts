// The built-in templates in Vietnamese, "bạn" throughout as in surveys/words/vi.ts. Statements stay
// statements in the first person, as in English, so the agree scale answers the same claim in every
// language. One word for one thing across the three templates: "liên minh" (partnership, like the
// Spanish "alianza"), "đối tác" (partner), "chủ lao động" (employer), "đào tạo" (training), "ứng viên"
// (candidate), "lương" (pay), "phúc lợi" (benefits), "tuyển dụng" (hiring).
import type { TemplateTranslation } from './types.js';

const agreeIntro = 'Bạn đồng ý với mỗi câu sau đến mức nào?';

export const vi = {
  origin: {
    source:
      'Drafted from the English (the Spanish as a second reference) by the project team with machine assistance; not yet reviewed by a native speaker.',
    reviewed: null,
  },
  texts: {
    'worker-voice': {
      title: 'Công việc của bạn, tiếng nói của bạn',
      intro:
        'Vài câu hỏi về công việc của bạn: lương, phúc lợi, an toàn, sự tôn trọng và cơ hội phát triển. ' +
        'Câu trả lời của bạn giúp chủ lao động và các chương trình việc làm ở địa phương làm cho công việc tốt hơn.',
      'dimension.recruitment_hiring.label': 'Tuyển mộ và tuyển dụng',
      'dimension.benefits.label': 'Phúc lợi',
      'dimension.deia.label': 'Đa dạng, công bằng, hòa nhập và khả năng tiếp cận',
      'dimension.empowerment.label': 'Trao quyền và đại diện cho người lao động',
      'dimension.culture.label': 'Văn hóa tổ chức',
      'dimension.security_conditions.label': 'Sự ổn định công việc và điều kiện làm việc',
      'dimension.pay.label': 'Lương',
      'dimension.skills_advancement.label': 'Phát triển kỹ năng và thăng tiến nghề nghiệp',
      'section.pay_benefits.title': 'Lương và phúc lợi',
      'section.pay_benefits.intro': agreeIntro,
      'question.pay_fair.text': 'Lương của tôi công bằng với công việc tôi làm.',
      'question.pay_enough.text': 'Lương của tôi đủ để trang trải những nhu cầu cơ bản của tôi.',
      'question.benefits_useful.text':
        'Tôi có những phúc lợi quan trọng đối với tôi, như bảo hiểm sức khỏe hoặc ngày nghỉ có lương.',
      'question.benefits_time_off.text': 'Tôi có thể nghỉ làm khi tôi bị bệnh hoặc khi gia đình cần tôi.',
      'section.hiring_safety.title': 'Tuyển dụng, lịch làm việc và an toàn',
      'question.hiring_fair.text': 'Quá trình tuyển dụng cho công việc này là công bằng.',
      'question.hiring_clear.text':
        'Trước khi bắt đầu, tôi đã biết công việc, tiền lương và giờ làm sẽ như thế nào.',
      'question.safe_work.text': 'Tôi có thể làm công việc của mình một cách an toàn.',
      'question.schedule_ahead.text': 'Tôi biết lịch làm việc đủ sớm để sắp xếp cuộc sống của mình.',
      'question.job_secure.text': 'Tôi nghĩ một năm nữa tôi vẫn còn công việc này, nếu tôi muốn.',
      'section.workplace.title': 'Sự tôn trọng và tiếng nói ở nơi làm việc',
      'question.respect.text': 'Người quản lý trực tiếp của tôi đối xử tôn trọng với tôi.',
      'question.team.text': 'Ở nơi làm việc, tôi cảm thấy mình là một phần của nhóm.',
      'question.fair_treatment.text': 'Ở đây, mọi người đều được đối xử công bằng, dù họ là ai.',
      'question.access_needs.text':
        'Tôi có những gì tôi cần để làm công việc của mình, như thông tin bằng ngôn ngữ của tôi hoặc sự điều chỉnh vì khuyết tật.',
      'question.speak_up.text': 'Tôi có thể nói ra các vấn đề mà không sợ gặp rắc rối.',
      'question.have_say.text':
        'Người lao động có tiếng nói trong những quyết định ảnh hưởng đến công việc của chúng tôi.',
      'question.recommend_job.text':
        'Khả năng bạn giới thiệu công việc này cho bạn bè hoặc người thân là bao nhiêu?',
      'section.growth.title': 'Học hỏi và thăng tiến',
      'question.learn_skills.text': 'Ở công việc này, tôi có cơ hội học những kỹ năng mới.',
      'question.path_up.text':
        'Ở đây, tôi thấy một con đường rõ ràng để có công việc tốt hơn hoặc lương cao hơn.',
      'question.got_training.text':
        'Trong 12 tháng qua, bạn có được đào tạo gì cho công việc của mình không?',
      'question.got_training.help': 'Tính cả các lớp học, đào tạo tại chỗ làm hoặc chương trình học nghề.',
      'question.training_helped.text': 'Việc đào tạo đã giúp tôi làm việc tốt hơn hoặc được thăng tiến.',
      'section.needs.title': 'Khó khăn và hỗ trợ',
      'question.barriers.text': 'Điều gì làm bạn khó giữ được việc làm hoặc khó thăng tiến?',
      'question.barriers.option.transportation': 'Việc đi lại đến chỗ làm',
      'question.barriers.option.child_care': 'Việc giữ trẻ',
      'question.barriers.option.family_care': 'Việc chăm sóc người thân trong gia đình',
      'question.barriers.option.schedule': 'Lịch làm việc của tôi',
      'question.barriers.option.pay': 'Lương quá thấp, không đủ sống',
      'question.barriers.option.health': 'Sức khỏe của tôi',
      'question.barriers.option.language': 'Ngôn ngữ',
      'question.barriers.option.housing': 'Nhà ở',
      'question.barriers.option.training_cost': 'Chi phí lớp học hoặc đào tạo',
      'question.barriers.option.technology': 'Không có máy tính hoặc internet ở nhà',
      'question.barriers.option.other': 'Điều khác',
      'question.barriers.option.none': 'Hiện giờ không có gì',
      'question.supports.text': 'Những loại hỗ trợ nào sẽ giúp ích cho bạn nhiều nhất?',
      'question.supports.option.rides': 'Hỗ trợ đi lại hoặc tiền vé xe buýt',
      'question.supports.option.child_care': 'Hỗ trợ trả tiền giữ trẻ',
      'question.supports.option.paid_training': 'Đào tạo có lương trong giờ làm',
      'question.supports.option.mentor': 'Người cố vấn hoặc người kèm cặp',
      'question.supports.option.english': 'Lớp học tiếng Anh',
      'question.supports.option.steady_schedule': 'Lịch làm việc ổn định hơn',
      'question.supports.option.emergency_money': 'Hỗ trợ tiền khi khẩn cấp',
      'question.supports.option.digital_skills': 'Kỹ năng dùng máy tính và điện thoại',
      'question.supports.option.career_planning': 'Giúp tôi lên kế hoạch cho bước tiếp theo trong công việc',
      'question.supports.option.other': 'Điều khác',
      'question.comment.text': 'Bạn có muốn cho chúng tôi biết thêm điều gì về công việc của bạn không?',
      'question.comment.help': 'Xin đừng ghi tên, dù là tên của bạn hay của người khác.',
      'section.about_you.title': 'Về bạn',
      'section.about_you.intro':
        'Các câu hỏi này không bắt buộc. Chúng giúp chúng tôi so sánh các nhóm, như ca ngày và ca đêm.',
      'question.tenure.text': 'Bạn đã làm công việc này được bao lâu?',
      'question.tenure.option.under_6_months': 'Dưới 6 tháng',
      'question.tenure.option.months_6_12': 'Từ 6 tháng đến 1 năm',
      'question.tenure.option.years_1_3': 'Từ 1 đến 3 năm',
      'question.tenure.option.over_3_years': 'Hơn 3 năm',
      'question.shift.text': 'Bạn thường làm ca nào nhất?',
      'question.shift.option.day': 'Ca ngày',
      'question.shift.option.evening': 'Ca chiều',
      'question.shift.option.night': 'Ca đêm',
      'question.shift.option.changes': 'Ca thay đổi',
      'question.hours.text': 'Bạn làm toàn thời gian hay bán thời gian?',
      'question.hours.option.full_time': 'Toàn thời gian',
      'question.hours.option.part_time': 'Bán thời gian',
      'question.hours.option.temporary': 'Tạm thời hoặc qua công ty cung ứng lao động',
    },
    'employer-satisfaction': {
      title: 'Ý kiến của chủ lao động về liên minh',
      intro:
        'Hãy cho chúng tôi biết liên minh giúp ích cho công ty bạn đến mức nào: các kế hoạch của liên minh, ' +
        'việc đào tạo mà liên minh hỗ trợ và các ứng viên liên minh gửi đến bạn. Chỉ mất khoảng 5 phút.',
      'dimension.strategies.label': 'Chiến lược của liên minh',
      'dimension.training.label': 'Đào tạo',
      'dimension.candidates.label': 'Ứng viên được gửi đến',
      'section.strategies.title': 'Kế hoạch của liên minh',
      'section.strategies.intro': agreeIntro,
      'question.strategy_priorities.text':
        'Liên minh tập trung vào những vấn đề tuyển dụng và đào tạo quan trọng nhất đối với công ty tôi.',
      'question.strategy_clear.text': 'Mục tiêu và kế hoạch của liên minh rõ ràng.',
      'question.strategy_voice.text': 'Công ty tôi có tiếng nói thật sự trong những việc liên minh làm.',
      'section.training_candidates.title': 'Đào tạo và ứng viên',
      'question.training_skills.text': 'Các chương trình đào tạo dạy những kỹ năng mà công ty tôi cần.',
      'question.training_ready.text': 'Những người học xong chương trình đào tạo đã sẵn sàng để làm việc.',
      'question.training_responsive.text': 'Các cơ sở đào tạo thay đổi chương trình khi chủ lao động góp ý.',
      'question.got_candidates.text':
        'Trong 12 tháng qua, liên minh có gửi ứng viên nào đến công ty bạn không?',
      'question.candidates_fit.text':
        'Các ứng viên được gửi đến phù hợp với những vị trí đang tuyển của chúng tôi.',
      'question.candidates_enough.text':
        'Chúng tôi nhận được đủ ứng viên để giúp lấp những vị trí đang tuyển của chúng tôi.',
      'question.candidates_stay.text':
        'Những người chúng tôi tuyển qua liên minh ở lại làm việc lâu bằng những nhân viên mới khác của chúng tôi, hoặc lâu hơn.',
      'section.overall.title': 'Nhìn chung',
      'question.recommend.text':
        'Khả năng bạn giới thiệu cho một chủ lao động khác tham gia liên minh này là bao nhiêu?',
      'question.acsi_overall.text': 'Nhìn chung, bạn hài lòng với liên minh đến mức nào?',
      'question.acsi_overall.help': '1 là rất không hài lòng và 10 là rất hài lòng.',
      'question.acsi_expectations.text': 'Liên minh đã đáp ứng mong đợi của bạn đến mức nào?',
      'question.acsi_expectations.help': '1 là kém xa mong đợi và 10 là tốt hơn bạn mong đợi.',
      'question.acsi_ideal.text':
        'Hãy nghĩ đến một liên minh lý tưởng. Liên minh này gần với mức lý tưởng đó đến đâu?',
      'question.acsi_ideal.help': '1 là rất xa lý tưởng và 10 là rất gần lý tưởng.',
      'question.continue_next_year.text': 'Năm tới công ty bạn có tiếp tục tham gia liên minh không?',
      'question.continue_next_year.option.yes': 'Có',
      'question.continue_next_year.option.probably': 'Có lẽ có',
      'question.continue_next_year.option.not_sure': 'Chưa chắc',
      'question.continue_next_year.option.no': 'Không',
      'question.leave_reason.text': 'Lý do chính là gì?',
      'question.leave_reason.option.not_enough_value': 'Chúng tôi không nhận được đủ lợi ích',
      'question.leave_reason.option.no_time': 'Chúng tôi không có thời gian',
      'question.leave_reason.option.hiring_changed': 'Nhu cầu tuyển dụng của chúng tôi đã thay đổi',
      'question.leave_reason.option.other': 'Lý do khác',
      'question.comment.text':
        'Nếu chỉ thay đổi một điều, điều gì sẽ làm liên minh hữu ích hơn cho công ty bạn?',
    },
    'partner-roi': {
      title: 'Giá trị và lợi ích cho các đối tác',
      intro:
        'Hãy cho chúng tôi biết tổ chức của bạn nhận được gì từ liên minh, đóng góp những gì, và các đối tác ' +
        'làm việc với nhau tốt đến mức nào. Chỉ mất khoảng 5 phút.',
      'dimension.value.label': 'Giá trị',
      'dimension.roi.label': 'Lợi tức đầu tư',
      'dimension.collaboration.label': 'Hợp tác',
      'section.value_return.title': 'Những gì bạn nhận lại',
      'section.value_return.intro': agreeIntro,
      'question.value_goals.text':
        'Việc tham gia liên minh giúp tổ chức của tôi đạt được các mục tiêu của mình.',
      'question.value_connections.text':
        'Liên minh cho chúng tôi thông tin hoặc mối quan hệ mà tự chúng tôi khó có được.',
      'question.value_impact.text':
        'Liên minh tạo ra khác biệt thật sự cho người lao động trong vùng của chúng tôi.',
      'question.roi_time.text': 'Thời gian nhân viên của chúng tôi dành cho liên minh là xứng đáng.',
      'question.roi_money.text':
        'Tiền bạc và nguồn lực chúng tôi bỏ ra xứng đáng với những gì chúng tôi nhận lại.',
      'question.roi_overall.text':
        'Nhìn chung, so với những gì tổ chức của bạn bỏ ra, tổ chức nhận lại được bao nhiêu?',
      'question.roi_overall.option.much_more': 'Nhiều hơn hẳn những gì chúng tôi bỏ ra',
      'question.roi_overall.option.somewhat_more': 'Có phần nhiều hơn những gì chúng tôi bỏ ra',
      'question.roi_overall.option.about_same': 'Gần như bằng nhau',
      'question.roi_overall.option.less': 'Ít hơn những gì chúng tôi bỏ ra',
      'question.roi_overall.option.much_less': 'Ít hơn hẳn những gì chúng tôi bỏ ra',
      'section.contributions.title': 'Những gì bạn đóng góp',
      'question.contributions.text':
        'Trong 12 tháng qua, tổ chức của bạn đã đóng góp những gì cho liên minh?',
      'question.contributions.option.staff_time': 'Thời gian của nhân viên',
      'question.contributions.option.funding': 'Kinh phí',
      'question.contributions.option.space': 'Chỗ để họp hoặc đào tạo',
      'question.contributions.option.equipment': 'Thiết bị hoặc vật tư',
      'question.contributions.option.curriculum': 'Giúp thiết kế chương trình đào tạo',
      'question.contributions.option.instructors': 'Giảng viên hoặc người đào tạo',
      'question.contributions.option.work_learning': 'Thực tập, học nghề hoặc đi theo quan sát công việc',
      'question.contributions.option.referrals': 'Giới thiệu người lao động hoặc người tìm việc',
      'question.contributions.option.hiring': 'Vị trí đang tuyển hoặc tuyển người',
      'question.contributions.option.data': 'Dữ liệu hoặc thông tin',
      'question.contributions.option.outreach': 'Tiếp cận cộng đồng',
      'question.contributions.option.other': 'Điều khác',
      'question.contributions.option.none': 'Chưa có gì',
      'question.partner_type.text': 'Bạn đại diện cho loại tổ chức nào?',
      'question.partner_type.option.employer': 'Chủ lao động',
      'question.partner_type.option.workforce_board':
        'Hội đồng phát triển lực lượng lao động hoặc trung tâm việc làm',
      'question.partner_type.option.education': 'Trường cao đẳng, trường học hoặc cơ sở đào tạo',
      'question.partner_type.option.community': 'Tổ chức cộng đồng',
      'question.partner_type.option.labor': 'Công đoàn hoặc nhóm người lao động',
      'question.partner_type.option.economic_development': 'Phát triển kinh tế',
      'question.partner_type.option.other': 'Khác',
      'section.collaboration.title': 'Làm việc cùng nhau',
      'question.collab_trust.text': 'Các đối tác tin tưởng lẫn nhau.',
      'question.collab_communication.text': 'Các đối tác chia sẻ thông tin cởi mở và kịp thời.',
      'question.collab_decisions.text': 'Các đối tác cùng nhau đưa ra những quyết định quan trọng.',
      'question.collab_accountability.text': 'Các đối tác làm đúng những gì họ nói sẽ làm.',
      'question.comment.text': 'Điều gì sẽ làm liên minh có giá trị hơn cho tổ chức của bạn?',
    },
  },
} satisfies TemplateTranslation;
