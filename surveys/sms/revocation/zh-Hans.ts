/**
 * Simplified Chinese, written without spaces: a run of Han characters is cut into the words of
 * `lexicon`, longest first, and any other character stands alone, so 停车 (parking), 停工 (work
 * stopped) and 不停 (non-stop) are never 停 (stop), nor 打错字 (a typo) 打错 (a wrong number).
 * 停止 leads but is no strong word: 停止营业 (closed for business) is its everyday use. 取消 (cancel)
 * said of something else (取消预约, an appointment) is unclear, as "cancel my appointment" is.
 */
import type { Book } from './book.js';

/** Not after 不, 别, 没...: 不要停止发送 asks for more. */
const NEG = '(?<! (?:不|不要|别|没|没有|不用|不会|不想))';
const SEND = '(?:发送|发|传|推送|打扰|骚扰|联系|烦|来 烦|打电话)';
const MINE = '(?:号码|电话|手机号|手机|名字|联系方式)';

export const zhHans: Book = {
  language: 'zh-Hans',
  loose: ['停止', '退订', '取消', '取消订阅', '退出', 'TD'],
  bare: ['停', '够了'],
  courtesy: (
    '请 谢谢 感谢 多谢 谢了 麻烦 拜托 吧 了 啊 呀 哦 喔 嗯 马上 立刻 立即 现在 赶紧 快 你好 您好 您 你 ' +
    '你们 一下 好吗 再'
  ).split(' '),
  stopWhat: (
    '发送 发 短信 信息 消息 给 我 我们 这些 这个 这种 这类 所有 全部 订阅 推送 通知 调查 问卷 联系 ' +
    '打扰 骚扰 服务 的 向 对 一切 任何 广告 营销 来'
  ).split(' '),
  strong: ['退订', '取消订阅', '取消'],
  negators: ['不', '不要', '别', '没', '没有', '不用', '不想', '不会', '不能', '不必'],
  revoking: [
    new RegExp(
      ` (?:不要|别|勿|不用|不必|莫|不许|不准) (?:再 |在 )?(?:(?:给|向|对|跟) )?(?:我 |我们 )?${SEND}`,
    ),
    / (?:不想|不要|不愿意|不愿|不希望|不需要) (?:再 )?(?:收到|接收|接到|收) /,
    new RegExp(`${NEG} (?:退订|取消订阅) `),
    / (?:要|想|想要|需要|申请) 退出 (?:(?:订阅|短信|名单|这个|服务|吧|了) )*$/,
    new RegExp(`${NEG} (?:停止|停) (?:\\S+ ){0,2}?(?:发送|发|推送|骚扰|打扰|联系) `),
    // A wrong number: the consent we hold was someone else's.
    / (?:打错|拨错|发错|找错|弄错) (?:了 )?(?:人|号码|号|电话|对象) /,
    / (?:你|您|你们) (?:\S+ )?(?:打错|发错) 了 $/,
    / (?:号码|电话|手机号) (?:打 |发 )?错 /,
    / 错号 /,
    / 不是 我 的 (?:号码|电话|手机|手机号) /,
    / (?:不 感兴趣|没 兴趣|没有 兴趣) /,
    new RegExp(` (?:删除|删掉|移除|去掉) 我 (?:的 ${MINE} |(?!的 ))`),
    new RegExp(` 把 我 (?:的 ${MINE} )?(?:\\S+ ){0,4}?(?:删除|删掉|移除|去掉|删) `),
    / (?:怎么|如何|怎样) (?:才 )?(?:能 |可以 )?(?:停止|退订|取消订阅|取消|退出) /,
    / 让 我 (?:\S+ )?(?:安静|清静) /,
    / 别 (?:来 )?管 我 /,
  ],
  unclearCores: ['不', '不要', '不用', '不需要', '不了', '不想', '哪位', '谁'],
  unclear: [
    / (?:你|您|你们|这|请问) (?:是 )?(?:谁|哪位) /,
    / (?:怎么|从 哪|从 哪里|哪里|哪儿) (?:\S+ ){0,3}?(?:号码|电话|手机号) /,
    / 谁 (?:啊 |呀 )?(?:发|给) /,
  ],
  script: /\p{Script=Han}/u,
  lexicon: (
    '停止 停车 停车场 停工 停电 不停 取消 取消订阅 退订 退出 订阅 短信 信息 消息 发送 打扰 骚扰 联系 ' +
    '推送 通知 调查 问卷 不要 不要紧 不用 不想 不愿意 不愿 不希望 不需要 不必 不许 不准 不会 不能 不是 ' +
    '没有 谢谢 感谢 多谢 谢了 麻烦 拜托 马上 立刻 立即 现在 赶紧 你好 您好 你们 我们 一下 好吗 收到 ' +
    '接收 接到 打错 打错字 拨错 发错 找错 弄错 错号 号码 电话 打电话 手机 手机号 名字 联系方式 感兴趣 ' +
    '兴趣 删除 删掉 移除 去掉 名单 安静 清静 请问 怎么 哪里 哪儿 哪位 这些 这个 这种 这类 所有 全部 ' +
    '服务 一切 任何 广告 营销 预约 好的 已经 以后 再也 别客气 客气 够了 车站 公交 公司 要紧'
  ).split(' '),
};
