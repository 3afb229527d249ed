/**
 * Simplified Chinese readings (the reader's book: surveys/sms/revocation/zh-Hans.ts), typed
 * without spaces as Chinese is, and now and then with them. Where the line falls, and why:
 * - 停止, 退订 and 取消订阅 revoke alone or with courtesy (请, 谢谢, 吧) and what to stop (发送短信); so do
 *   "don't send" in its forms (不要再给我发短信了, 别再发了, 请勿打扰), 我不想再收到, 不感兴趣 (not
 *   interested), 发错人了 (wrong person) and 把我从名单中删除 (take me off the list).
 * - Ordinary uses do not: 停车 (parking), 停工 (work stopped), 停止营业 (closed), 雨停了 (the rain
 *   stopped), 不要停 (don't stop), 不要紧 (never mind), 打错字 (a typo), 发错了答案 (a wrong answer).
 * - Unclear: a bare 不 or 不要 (no), 不用了 (no need), 你是谁 (who is this?), 取消预约 (cancel an
 *   appointment), as "cancel my appointment" is in English.
 */
import type { Phrase } from './revocation-phrases.ts';

const zh = (...texts: string[]): Phrase[] => texts.map((text) => ({ text, language: 'zh-Hans' }));

export const revoking = zh(
  '请停止发送短信',
  '停止发送',
  '请停止，谢谢',
  '停停停',
  '退订，谢谢',
  '我要退订',
  '请问怎么退订？',
  '帮我取消订阅',
  '不要再给我发短信了',
  '请 不要 发 短信',
  '别再发了',
  '请勿打扰',
  '不要打扰我',
  '以后不要再联系我',
  '我不想再收到这些短信',
  '请停止向我发送信息',
  '你发错人了',
  '你们打错号码了',
  '我对这个不感兴趣',
  '没兴趣',
  '把我从名单中删除',
  '删除我的号码',
  '别烦我',
  '够了，别发了',
  'STOP 谢谢',
  'ＳＴＯＰ，谢谢',
);

export const unclear = zh(
  '不',
  '不要',
  '不，谢谢',
  '不用了，谢谢',
  '你是谁？',
  '这是谁？',
  '哪位？',
  '你怎么有我的号码？',
  '取消预约',
);

export const notRevoking = zh(
  '停车场在哪里？',
  '公司停车要钱吗？',
  '工厂今天停工',
  '工厂停止营业了吗？',
  '雨停了吗？',
  '不要停',
  '不要紧',
  '好的，谢谢',
  '别客气',
  '我已经填完问卷了',
  '我打错字了',
  '我发错了答案，可以改吗？',
  '公交车站在哪里？',
);
