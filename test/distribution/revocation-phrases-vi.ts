/**
 * Vietnamese readings (the reader's book: surveys/sms/revocation/vi.ts), each typed as people
 * type it: with diacritics, and without them. Where the line falls, and why:
 * - Ngừng, dừng lại and hủy đăng ký (unsubscribe) revoke alone or with courtesy (vui lòng, làm ơn, giùm,
 *   nhé) and what to stop; dừng or đừng ("don't") before a verb of sending revokes ("dừng gửi tin nhắn",
 *   "đừng nhắn tin cho tôi nữa"), and so do "không muốn nhận tin nhắn", "để tôi yên" (leave me alone),
 *   "nhầm số" (wrong number), "không quan tâm" (not interested), "khỏi danh sách" (off the list).
 * - Ordinary uses do not: a bus that stops (dừng xe, trạm dừng), a factory that stopped work, "đúng rồi"
 *   (right: typed with its marks, đúng is not dừng), and "không nhận được tin nhắn nữa" (I no longer get
 *   the texts), a complaint, not a stop.
 * - Unclear: a bare "không" (no), "thôi" (enough, or that's all), "ai vậy?" (who is this?), and an
 *   unmarked "dung", which may be dừng (stop) or đúng (right); "hủy đăng ký" of a class.
 */
import type { Phrase } from './revocation-phrases.ts';

const vi = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'vi' }));

export const revoking = vi(
  'Ngừng gửi tin nhắn cho tôi',
  'Vui lòng ngừng nhắn tin',
  'vui long ngung nhan tin',
  'ngung nhan tin giup em',
  'Dừng gửi tin nhắn',
  'dung gui tin nhan nua',
  'Làm ơn dừng gửi khảo sát',
  'Dừng lại đi',
  'Dừng!',
  'Đừng nhắn tin cho tôi nữa',
  'Thôi đừng nhắn nữa',
  'Không nhắn tin nữa',
  'Tôi không muốn nhận tin nhắn nữa',
  'toi khong muon nhan tin nhan',
  'Tôi muốn hủy đăng ký',
  'Xin đừng làm phiền tôi',
  'Để tôi yên',
  'de toi yen',
  'Nhầm số rồi',
  'nham so',
  'Tôi không quan tâm',
  'Không quan tâm, cảm ơn',
  'Xóa số của tôi',
  'Cho tôi ra khỏi danh sách',
  'Tắt tin nhắn đi',
  'STOP giùm',
);

export const unclear = vi(
  'Không',
  'không cảm ơn',
  'Thôi',
  'dung',
  'Tôi không muốn',
  'Ai vậy?',
  'Ai đây?',
  'Bạn là ai?',
  'Sao bạn có số của tôi?',
  'Hủy đăng ký lớp học',
);

export const notRevoking = vi(
  'Dừng xe ở đâu?',
  'Xe buýt dừng ở trạm nào?',
  'Trạm dừng xe buýt ở đâu?',
  'Nhà máy ngừng sản xuất hôm nay',
  'Đúng rồi',
  'Đúng, tôi đã gửi rồi',
  'Cảm ơn',
  'Tôi không nhận được tin nhắn nữa',
  'Tôi sẽ làm khảo sát sau',
  'Đừng ngừng gửi khảo sát nhé',
);
