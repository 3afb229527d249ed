/**
 * Vietnamese, read the same typed with diacritics or without (many phones and habits leave them
 * out). Without them words collide: "dung" is dừng (stop), đừng (don't), đúng (right, yes) and dùng
 * (use). So where the marks were typed they decide first (`toned`): dừng is read as its synonym ngừng
 * and đúng as phải ("right"), and a bare, unmarked "dung" is unclear, never a stop or nothing. Đừng
 * ("don't") and dừng alike revoke before a verb of sending ("đừng nhắn tin", "dung gui"). Nhắn (to text)
 * and nhận (to receive) are both NHAN: "không nhận được tin nhắn nữa" (I no longer get the texts) is a
 * complaint, not a stop, and ĐƯỢC ("able to") tells it apart. HUY alone is a given name: only "hủy đăng
 * ký" (unsubscribe) leads, and said of something else ("hủy đăng ký lớp học", a class) it is unclear.
 */
import type { Book } from './book.js';

const SEND = '(?:GUI|NHAN TIN|NHAN|LIEN LAC|LIEN HE|GOI|LAM PHIEN|QUAY RAY|SPAM)';
const ME = '(?:TOI|EM|MINH|CHUNG TOI|TUI|TAO)';
/** Not after "không", "đừng", "chưa": "đừng ngừng gửi" asks for more. */
const NEG = '(?<! (?:KHONG|DUNG|CHUA|CHANG)(?: MUON| CAN)?)';
const TAIL =
  '(?:(?:NHAN TIN|TIN NHAN|NHAN|TIN|SMS|THONG BAO|CHO|TOI|EM|MINH|NHE|NHA|A|DI|GIUP|GIUM|DUM|NGAY|LUON|NUA|VOI) )*$';

export const vi: Book = {
  language: 'vi',
  loose: ['NGUNG', 'NGUNGLAI', 'DUNGLAI', 'HUYDANGKY', 'HUYDK', 'TUCHOI'],
  bare: [],
  compounds: [
    [/ (DUNG|NGUNG) LAI /g, ' $1LAI '],
    [/ HUY DANG KY /g, ' HUYDANGKY '],
    [/ HUY DK /g, ' HUYDK '],
    [/ TU CHOI /g, ' TUCHOI '],
    [/ VUI LONG /g, ' VUILONG '],
    [/ LAM ON /g, ' LAMON '],
    [/ CAM ON /g, ' CAMON '],
    [/ BAY GIO /g, ' BAYGIO '],
  ],
  courtesy: 'XIN VUILONG LAMON CAMON A NHE NHA DI GIUM DUM GIUP NGAY LUON BAYGIO'.split(' '),
  stopWhat: (
    'GUI NHAN TIN CHO TOI EM MINH TUI CHUNG NUA CAC NAY NHUNG DO LAI KHAO SAT LIEN LAC HE GOI ' +
    'LAM PHIEN SPAM SMS THONG BAO TAT CA VIEC'
  ).split(' '),
  strong: ['HUYDANGKY', 'HUYDK'],
  negators: ['KHONG', 'DUNG', 'CHUA', 'CHANG'],
  revoking: [
    new RegExp(`${NEG} (?:NGUNG|DUNG|THOI) (?:VIEC |LAI |HAN )?${SEND}(?! DUOC)`),
    new RegExp(` (?:KHONG|DUNG) (?:MUON |CAN |THICH )?${SEND}(?! DUOC)(?: \\S+){0,4} NUA `),
    / KHONG (?:MUON|CAN|THICH) (?:\S+ ){0,2}?(?:NHAN|BI LAM PHIEN)(?! DUOC)/,
    new RegExp(` (?:MUON|CAN|XIN|DE|LAM SAO(?: DE)?|CHO ${ME}) HUY (?:DANG KY|DK) ${TAIL}`),
    / KHOI DANH SACH /,
    new RegExp(` (?:XOA|GO|BO) (?:SO |TEN |THONG TIN )?(?:DIEN THOAI )?(?:CUA )?${ME} `),
    new RegExp(` DE ${ME} (?:DUOC )?YEN `),
    / (?:NHAM|LON) (?:SO|NGUOI) /,
    / SAI SO (?:DIEN THOAI|DT|ROI) /,
    / SO NAY KHONG PHAI CUA /,
    / KHONG (?:HE |CO )?(?:QUAN TAM|HUNG THU) /,
    / (?:TAT|CHAN) (?:HET )?(?:TIN NHAN|THONG BAO|NHAN TIN) /,
  ],
  unclearCores: ['KHONG', 'THOI', 'DUNG', 'KHONG MUON', 'TOI KHONG MUON', 'KHONG CAN', 'THOI KHONG'],
  unclear: [
    / AI (?:VAY|DAY|DO|THE|NHAN|GUI|NHAN TIN) /,
    / (?:BAN|ANH|CHI|ONG|BA|CAC BAN|O DAY) LA AI /,
    / SAO (?:\S+ ){0,3}?CO SO /,
    / (?:LAY|BIET) SO (?:\S+ ){0,3}?(?:O DAU|TU DAU) /,
  ],
  markers: 'XIN VUI GIUM DUM NHE KHONG NUA NHAN NGUNG TOI MINH CAM DUNG THOI'.split(' '),
  toned: [
    [/(?<![\p{L}\p{M}])dừng(?![\p{L}\p{M}])/giu, 'ngừng'],
    [/(?<![\p{L}\p{M}])đúng(?![\p{L}\p{M}])/giu, 'phải'],
  ],
};
