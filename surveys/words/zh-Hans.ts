// Simplified Chinese, Mainland usage, polite 您 throughout. A survey is 问卷 everywhere: 调查 can read
// as an investigation, which is the last thing a worker should fear from us. SMS texts are UCS-2
// (70 units a segment) whatever we do, so they keep the English STOP/START/HELP carriers act on and
// add the Chinese word only where it still fits the budget.
import type { Words } from './types.js';

export const zhHans: Words = {
  origin: {
    source:
      'Drafted in Simplified Chinese (Mainland usage) from the English by the project team with machine assistance; no native speaker has reviewed it yet.',
    reviewed: null,
  },
  page: {
    start: '开始',
    next: '下一步',
    back: '上一步',
    submit: '提交我的回答',
    saveLater: '保存，以后再填',
    savedTitle: '您的回答已保存',
    savedBody: '要继续填写，请再打开同一个链接。您的回答会保留在那里。',
    progress: '第{n}部分，共{total}部分',
    minutes: { other: '大约{n}分钟' },
    required: '必填',
    optional: '选填',
    errorSummary: '有些回答需要修改。请看下面标出的问题。',
    thanksTitle: '谢谢您！',
    thanksBody: '我们已收到您的回答。谢谢您抽出时间。您告诉我们的情况会帮助我们改进。',
    usedTitle: '这份问卷已经填过了',
    usedBody: '这个链接已经提交过回答。每个链接只能用一次。',
    closedTitle: '这份问卷已经结束',
    closedBody: '填写这份问卷的时间已经过了。谢谢您的关注。',
    notOpenTitle: '这份问卷还没有开放',
    notOpenBody: '请以后再打开这个链接试试。',
    unknownTitle: '找不到这份问卷',
    unknownBody: '链接可能有错或不完整。请检查您是否复制了短信或邮件里的完整链接。',
    busyTitle: '请过一分钟再试',
    busyBody: '现在有很多人在填写。请等一分钟再试。',
    otherLanguages: '其他语言',
    anonymityNote:
      '您的回答是匿名的。您的雇主永远不会看到您的名字和您的回答在一起。' + '我们只显示5人或以上小组的结果。',
    chooseAll: '请选择所有符合的答案。',
    chooseUpTo: '最多选{max}项。',
    charactersLeft: '还可以写{n}个字',
    errors: {
      required: '请回答这个问题。',
      invalid: '这个回答无效。请检查一下。',
      too_long: '这个回答太长了。请写短一些。',
      too_many: '您选的答案太多了。请少选一些。',
    },
    dependsOn: '只有您在上面选了{answers}，才需要回答这个问题。',
    or: '或',
    offline: '连不上服务器。您的回答还在这里。请检查网络连接，然后再试一次。',
    tooFast: '您填得太快了。请花点时间看清楚问题，然后再提交一次您的回答。',
    startOver: '重新开始（会清除这些回答）',
    previewNotice: '预览：在这里填写的内容都不会被保存或发送。',
    previewMissing: '[缺少中文内容]',
  },
  scales: {
    agree5: ['非常不同意', '不同意', '既不同意也不反对', '同意', '非常同意'],
    likelihood: ['完全不可能', '非常可能'],
    rating10: ['非常差', '非常好'],
    yesno: ['是', '否'],
  },
  asking: {
    from: '这份问卷来自{name}。',
    until: '开放到{date}当天结束（{zone}）。',
    call: '有问题？请打电话：{contact}',
    email: '有问题？请发邮件：{contact}',
    textKeyword: '也可以发短信“{keyword}”到{number}，用短信作答。',
  },
  problems: {
    form: {
      title: '我们读不了您提交的内容',
      body: '请回到问卷，检查您的回答，然后再提交一次这一页。',
      back: '回到问卷',
    },
    full: {
      title: '我们没能保存您的回答',
      body: '我们的服务器空间已满。请以后再试：您的链接仍然有效。',
      notice: '这一页没能保存：我们的服务器空间已满。您的回答还在这里。请以后再用同一个按钮试一次。',
      back: '回到问卷',
    },
    unavailable: {
      title: '我们现在没法保存您的回答',
      body: '我们的服务器暂时不能保存回答。请过几分钟再试：您的链接仍然有效。',
      notice:
        '这一页没能保存：我们的服务器暂时不能保存回答。您的回答还在这里。请过几分钟再用同一个按钮试一次。',
      back: '回到问卷',
    },
  },
  posterLimit: {
    title: '请以后再试',
    body: '同一个网络连接已经打开这份问卷很多次了。请以后再试，或者把手机从Wi-Fi换成移动数据。',
  },
  shortCode: {
    title: '打开您的问卷',
    intro: '请输入印在您卡片上的代码。',
    label: '代码',
    hint: ['10个字母和数字，例如', '短横线、空格和小写字母都没关系。'],
    go: '打开我的问卷',
    malformed: '这不是卡片上的代码。代码有10个字母和数字，例如K7QX-9MHP-2T。',
    unknown: '没有哪张卡片是这个代码。请逐个检查每个字符，然后再试一次。',
    limitTitle: '请以后再试',
    // Chinese has one plural form (Intl.PluralRules('zh-Hans') gives only `other`).
    limitBody: {
      other:
        '从这个网络连接输入的代码太多了。请{n}分钟后再试，或者扫描您卡片上的二维码，' +
        '或者把手机从Wi-Fi换成移动数据。',
    },
    card: {
      title: '您的意见很重要',
      go: '请用手机打开',
      type: '并输入此代码：',
      scan: '或用相机扫描方块。调查是匿名的；代码只能使用一次。',
    },
  },
  unsubscribe: {
    askTitle: '不再接收这些邮件？',
    ask: '{email}将不会再收到{org}发来的问卷邮件。',
    button: '退订',
    doneTitle: '您已退订',
    done: '您不会再收到{org}发来的问卷邮件。如果您改变主意，请让{org}重新加上您。',
    unknownTitle: '这个链接无效',
    unknown: '请检查您打开的是不是邮件里的完整链接。',
  },
  sms: {
    // {name} is " Nguyen" or nothing, so 您好{name}， reads 您好 Nguyen， or 您好，.
    invitation: '{org}：您好{name}，请填写我们5分钟的保密问卷：{link} 回复STOP退订',
    reminder: '{org}：您好{name}，我们5分钟的保密问卷还可以填写：{link} 回复STOP退订',
    invitationBoth: '{org}：您好{name}，保密问卷：{link} 或回复{reply}用短信作答。回复STOP退订',
    reminderBoth: '{org}：您好{name}，保密问卷还可以填写：{link} 或回复{reply}用短信作答。回复STOP退订',
    invitationText: '{org}：您好{name}，请填写我们5分钟的保密问卷。回复{reply}即可用短信作答，回复STOP退订',
    reminderText: '{org}：您好{name}，我们5分钟的保密问卷还可以填写。回复{reply}即可用短信作答，回复STOP退订',
    optOut: '{product}：您已退订，我们不会再给您发短信。回复START或“开始”可重新接收。',
    optIn:
      '{product}：您会重新收到问卷短信。回复HELP或“帮助”获取帮助，回复STOP或“退订”停止接收。可能产生短信和流量费用。',
    help: '{product}为{org}做简短的保密问卷。{contact}回复STOP或“退订”停止接收，回复START或“开始”重新接收。',
    helpOrgFallback: '您的就业合作联盟',
    helpContact: '如有问题请联系{contact}。',
    clarify: '{product}：回复STOP或“退订”即可不再接收这些短信。',
  },
  smsSurvey: {
    start: '感谢您用短信回答。请用数字或文字回复每个问题。回复“跳过”跳过一题，“返回”回到上一题，STOP结束。',
    retryScale: '抱歉，我们没看懂。请回复{lo}到{hi}之间的一个数字。',
    retryYesNo: '抱歉，我们没看懂。请回复“是”或“否”（也可回复Y或N）。',
    retryOne: '抱歉，我们没看懂。请回复1到{n}之间的一个数字。',
    retrySeveral: '抱歉，我们没看懂。请回复您所选的数字（1到{n}），例如：1 3。',
    retryText: '抱歉，内容太长。请少于{max}个字，或回复“跳过”。',
    cannotSkip: '这个问题需要回答，不能跳过。请回复。',
    thanks: '谢谢！您的回答不含姓名和号码。雇主不会知道谁说了什么，结果只按群体显示。',
  },
  email: {
    subjectInvitation: '{org}想听听您的意见',
    subjectReminder: '提醒：您的{org}问卷还可以填写',
    greeting: '{name}，您好：',
    greetingNoName: '您好：',
    leadInvitation:
      '{org}会询问与它合作的人情况怎么样，并根据大家的意见决定要改进什么。请填写我们的简短问卷，大约需要5分钟。',
    leadReminder: '几天前，{org}邀请您填写一份简短问卷。如果您有时间，您的回答仍然有用，大约需要5分钟。',
    button: '填写问卷',
    privacy: '您的回答是保密的：保存时不带您的姓名、邮箱或电话，结果只按{min}人或以上的小组显示。',
    personal: '这个链接只给您本人使用，有效期到{date}。',
    unsubscribe: '退订这些邮件',
  },
  // 退订 (unsubscribe) and TD, its initials in pinyin, are what Mainland SMS programs tell people to
  // reply ("回复TD退订"), so they are the words people already know; 停止, 取消 and 退出 are stop,
  // cancel and quit, like the English list. 开始 and 订阅 (start, subscribe) opt back in; 帮助 is help.
  // 不 and 不要 (no, don't) stay out: they are everyday replies.
  keywords: {
    optOut: ['退订', 'TD', '停止', '取消', '取消订阅', '退出'],
    optIn: ['开始', '订阅'],
    help: ['帮助'],
    back: ['返回', '上一题'],
    skip: ['跳过', '略过'],
  },
  // 有/没有 answer a "did you ..." question as 是/否 do.
  replies: {
    yes: ['是', '是的', '对', '有', '好'],
    no: ['否', '不', '不是', '没有', '没', '无'],
    and: ['和', '与', '及'],
  },
};
