/**
 * Arabic readings (the reader's book: surveys/sms/revocation/ar.ts), with and without short
 * vowels, hamza or not on the alef, in the standard language and the dialects people text in. Where
 * the line falls, and why:
 * - توقف, أوقف, إيقاف, إلغاء and كفى revoke alone or leading what to stop ("توقفوا عن إرسال الرسائل"),
 *   with courtesy (من فضلك, أرجوك, شكرا); so do لا before a verb of sending ("لا ترسل لي رسائل", "لا
 *   تزعجني", Egyptian "متبعتليش"), "لا أريد رسائل" and "ما بدي رسايل", "الرقم خطأ" (wrong number),
 *   "غير مهتم" (not interested), "اتركوني في حالي" (leave me alone), "احذف رقمي" (delete my number).
 * - Ordinary uses do not: a bus stop (موقف الباص), a bus or the rain or the factory that stopped,
 *   parking a car (أين أوقف سيارتي), "لا تتوقفوا" (don't stop), "لا بأس" (no problem), and "لماذا لا
 *   ترسلون الرابط؟" (why don't you send the link?), which asks for more.
 * - Unclear: a bare لا (no), "خلاص" (done, or enough), "من أنت؟" (who is this?), "إلغاء الموعد"
 *   (cancel the appointment).
 */
import type { Phrase } from './revocation-phrases.ts';

const ar = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'ar' }));

export const revoking = ar(
  'توقف من فضلك',
  'ارجوك توقف',
  'تَوَقَّفُوا عَنْ إِرْسَالِ الرَّسَائِلِ',
  'توقفوا عن ارسال الرسايل',
  'أوقفوا الرسائل من فضلكم',
  'إيقاف الرسائل',
  'إلغاء الاشتراك من فضلك',
  'لا ترسل لي رسائل',
  'لا ترسلوا لي أي رسائل بعد الآن',
  'لا تزعجني',
  'متبعتليش رسايل تاني',
  'لا أريد رسائل',
  'لا اريد هذه الرسائل',
  'ما بدي رسايل',
  'مش عايز رسايل تاني',
  'الرقم خطأ',
  'رقم غلط',
  'غير مهتم',
  'لستُ مهتماً',
  'اتركوني في حالي',
  'احذف رقمي من فضلك',
  'كفى رسائل',
  'بطلوا تبعتوا رسايل',
  'STOP شكرا',
);

export const unclear = ar(
  'لا',
  'لا شكراً',
  'لا شكرا لكم',
  'خلاص',
  'مين معي؟',
  'من أنت؟',
  'كيف حصلتم على رقمي؟',
  'إلغاء الموعد',
);

export const notRevoking = ar(
  'موقف الباص بعيد عن المصنع',
  'توقف الباص عند المصنع',
  'هل توقف المطر؟',
  'المصنع توقف عن العمل اليوم',
  'أين أوقف سيارتي؟',
  'لا تتوقفوا',
  'لا بأس',
  'لا تكتب اسمي في التقرير',
  'شكرا',
  'الرسالة وصلت، شكرا',
  'انتهيت من الاستبيان، شكرا',
  'لماذا لا ترسلون الرابط؟',
);
