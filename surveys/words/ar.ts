// Arabic: Modern Standard Arabic kept plain, for readers of many dialects. Written Arabic without
// vowel marks spells "you" (masculine and feminine) alike in possessives and past verbs ("إجاباتك",
// "اخترت"), but not in commands; so buttons are nouns ("البدء", "التالي"), requests are "يرجى" with a
// noun, and statements are in the first person ("أوافق"), which has no gender. Western digits
// throughout, as the scales' answers are digits. Texts that count ("{n} دقائق") are written for the
// counts they will show; counts that vary widely are put as "label: {n}" so no noun has to agree.
// SMS texts are UCS-2 (70 units a segment): the long link leaves room for few words, so the
// invitation and reminder say "للإلغاء STOP" without a verb.
import type { Words } from './types.js';

export const ar: Words = {
  origin: {
    source:
      'Drafted from the English (with the Spanish as a second reference) by the project team with machine assistance, in Modern Standard Arabic; not yet reviewed by a native speaker.',
    reviewed: null,
  },
  page: {
    start: 'البدء',
    next: 'التالي',
    back: 'رجوع',
    submit: 'إرسال إجاباتي',
    saveLater: 'الحفظ والإكمال لاحقًا',
    savedTitle: 'تم حفظ إجاباتك',
    savedBody: 'للإكمال، يرجى فتح الرابط نفسه مرة أخرى. ستكون إجاباتك في انتظارك.',
    progress: 'الجزء {n} من {total}',
    // "دقائق" is right for 3 to 10 (the built-in surveys say 5); 1, 2 and 11 up want other forms,
    // which a single string cannot give.
    // One minute, two (the dual), 3 to 10 "دقائق", 11 and up "دقيقة".
    minutes: {
      zero: 'حوالي {n} دقيقة',
      one: 'حوالي دقيقة واحدة',
      two: 'حوالي دقيقتين',
      few: 'حوالي {n} دقائق',
      many: 'حوالي {n} دقيقة',
      other: 'حوالي {n} دقيقة',
    },
    required: 'إلزامي',
    optional: 'اختياري',
    errorSummary: 'بعض الإجابات تحتاج إلى تصحيح. يرجى مراجعة الأسئلة المحددة أدناه.',
    thanksTitle: 'شكرًا!',
    thanksBody: 'وصلتنا إجاباتك. شكرًا على وقتك. ما أخبرتنا به سيساعد على تحسين الأمور.',
    usedTitle: 'تمت الإجابة عن هذا الاستبيان من قبل',
    usedBody: 'تم إرسال إجابات من هذا الرابط من قبل. يمكن استخدام كل رابط مرة واحدة فقط.',
    closedTitle: 'هذا الاستبيان مغلق',
    closedBody: 'انتهى وقت الإجابة عن هذا الاستبيان. شكرًا على اهتمامك.',
    notOpenTitle: 'لم يُفتح هذا الاستبيان بعد',
    notOpenBody: 'يرجى تجربة هذا الرابط مرة أخرى لاحقًا.',
    unknownTitle: 'لم نتمكن من العثور على هذا الاستبيان',
    unknownBody: 'قد يكون الرابط خطأ أو ناقصًا. يرجى التأكد من نسخ الرابط كاملًا من رسالتك.',
    busyTitle: 'يرجى المحاولة مرة أخرى بعد دقيقة',
    busyBody: 'يجيب كثير من الناس الآن. يرجى الانتظار دقيقة ثم المحاولة مرة أخرى.',
    otherLanguages: 'لغات أخرى',
    anonymityNote:
      'إجاباتك مجهولة الهوية. لن يرى صاحب العمل اسمك مع إجاباتك أبدًا. ' +
      'نعرض النتائج فقط لمجموعات من 5 أشخاص أو أكثر.',
    chooseAll: 'يمكنك اختيار كل ما ينطبق عليك.',
    chooseUpTo: 'يمكنك اختيار {max} كحد أقصى.',
    charactersLeft: 'الأحرف المتبقية: {n}',
    errors: {
      required: 'يرجى الإجابة عن هذا السؤال.',
      invalid: 'هذه الإجابة غير صحيحة. يرجى التحقق منها.',
      too_long: 'هذه الإجابة طويلة جدًا. يرجى تقصيرها.',
      too_many: 'اخترت إجابات كثيرة جدًا. يرجى اختيار عدد أقل.',
    },
    dependsOn: 'يرجى الإجابة عن هذا السؤال فقط إذا اخترت {answers} في الأعلى.',
    or: 'أو',
    offline:
      'لم نتمكن من الاتصال بالخادم. إجاباتك ما زالت هنا. يرجى التحقق من اتصالك بالإنترنت والمحاولة مرة أخرى.',
    tooFast: 'كان ذلك سريعًا جدًا. يرجى أخذ لحظة لقراءة الأسئلة، ثم إرسال إجاباتك مرة أخرى.',
    startOver: 'البدء من جديد (تُمسح هذه الإجابات)',
    previewNotice: 'معاينة: لا تُحفظ أي إجابة هنا ولا تُرسل.',
    previewMissing: '[النص العربي غير موجود]',
  },
  scales: {
    // First person, so one scale reads the same for every reader.
    agree5: ['لا أوافق بشدة', 'لا أوافق', 'لا أوافق ولا أعارض', 'أوافق', 'أوافق بشدة'],
    likelihood: ['غير محتمل أبدًا', 'محتمل جدًا'],
    rating10: ['سيئ جدًا', 'ممتاز'],
    yesno: ['نعم', 'لا'],
  },
  asking: {
    from: 'هذا الاستبيان من {name}.',
    until: 'متاح حتى نهاية يوم {date} ({zone}).',
    call: 'لديك أسئلة؟ يرجى الاتصال على {contact}',
    email: 'لديك أسئلة؟ يرجى الكتابة إلى {contact}',
    textKeyword: 'أو أرسل {keyword} إلى {number} للإجابة بالرسائل.',
  },
  problems: {
    form: {
      title: 'لم نتمكن من قراءة ما أرسلته',
      body: 'يرجى الرجوع إلى الاستبيان، ومراجعة إجاباتك، وإرسال الصفحة مرة أخرى.',
      back: 'الرجوع إلى الاستبيان',
    },
    full: {
      title: 'لم نتمكن من حفظ إجاباتك',
      body: 'امتلأت مساحة التخزين في الخادم. يرجى المحاولة مرة أخرى لاحقًا: رابطك ما زال يعمل.',
      notice:
        'لم نتمكن من حفظ هذه الصفحة: امتلأت مساحة التخزين في الخادم. إجاباتك ما زالت هنا. يرجى المحاولة لاحقًا بالزر نفسه.',
      back: 'الرجوع إلى الاستبيان',
    },
    unavailable: {
      title: 'لم نتمكن من حفظ إجاباتك الآن',
      body: 'لا يستطيع الخادم حفظ الإجابات في هذه اللحظة. يرجى المحاولة مرة أخرى بعد بضع دقائق: رابطك ما زال يعمل.',
      notice:
        'لم نتمكن من حفظ هذه الصفحة: لا يستطيع الخادم حفظ الإجابات في هذه اللحظة. إجاباتك ما زالت هنا. يرجى المحاولة بعد بضع دقائق بالزر نفسه.',
      back: 'الرجوع إلى الاستبيان',
    },
  },
  posterLimit: {
    title: 'يرجى المحاولة لاحقًا',
    body:
      'تم فتح هذا الاستبيان مرات كثيرة من اتصال الإنترنت نفسه. يرجى المحاولة مرة أخرى لاحقًا، ' +
      'أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
  },
  shortCode: {
    title: 'فتح استبيانك',
    intro: 'يرجى كتابة الرمز المطبوع على بطاقتك.',
    label: 'الرمز',
    hint: ['10 أحرف وأرقام، مثل', 'لا مشكلة في الشرطات والمسافات والأحرف الصغيرة.'],
    go: 'فتح استبياني',
    malformed: 'هذا ليس رمز بطاقة. يتكون الرمز من 10 أحرف وأرقام، مثل K7QX-9MHP-2T.',
    unknown: 'لا توجد بطاقة بهذا الرمز. يرجى التحقق من كل حرف والمحاولة مرة أخرى.',
    limitTitle: 'يرجى المحاولة لاحقًا',
    // Arabic counts minutes in six forms: 1 and 11 and up take "دقيقة", 2 the dual, 3 to 10 "دقائق".
    limitBody: {
      zero:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقيقة، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
      one:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقيقة، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
      two:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقيقتين، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
      few:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقائق، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
      many:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقيقة، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
      other:
        'تمت كتابة رموز كثيرة من اتصال الإنترنت هذا. يرجى المحاولة مرة أخرى بعد {n} دقيقة، أو مسح ' +
        'رمز QR الموجود على بطاقتك، أو تحويل هاتفك من الواي فاي إلى بيانات الهاتف المحمول.',
    },
    card: {
      title: 'صوتك مهم',
      go: 'على هاتفك، اذهب إلى',
      type: 'واكتب هذا الرمز:',
      scan: 'أو امسح المربع بالكاميرا. الاستبيان مجهول الهوية، والرمز يعمل مرة واحدة.',
    },
  },
  unsubscribe: {
    askTitle: 'إيقاف رسائل البريد الإلكتروني هذه؟',
    ask: 'لن تصل إلى {email} أي رسائل استبيان أخرى من {org}.',
    button: 'إلغاء الاشتراك',
    doneTitle: 'تم إلغاء اشتراكك',
    done: 'لن تصلك أي رسائل استبيان أخرى من {org} عبر البريد الإلكتروني. إذا غيرت رأيك، يمكن لـ {org} إضافتك مرة أخرى بناءً على طلبك.',
    unknownTitle: 'هذا الرابط لا يعمل',
    unknown: 'يرجى التأكد من فتح الرابط كاملًا من الرسالة الإلكترونية.',
  },
  // The invitation and reminder fill two segments with a long name and link: "private" was kept
  // over "5 minutes" in the invitation, and the reminder says "your survey is open" without "still".
  sms: {
    invitation: '{org}: أهلا{name}، استبيان سري: {link} للإلغاء STOP',
    reminder: '{org}: أهلا{name}، استبيانك مفتوح {link} للإلغاء STOP',
    invitationBoth: '{org}: أهلا{name}، استبيان سري: {link} أو أرسل {reply} للإجابة هنا. للإلغاء STOP',
    reminderBoth: '{org}: أهلا{name}، استبيانك مفتوح {link} أو أرسل {reply} للإجابة هنا. للإلغاء STOP',
    invitationText: '{org}: أهلا{name}، استبيان سري قصير. أرسل {reply} للإجابة بالرسائل. للإلغاء STOP',
    reminderText: '{org}: أهلا{name}، استبيانك ما زال مفتوحا. أرسل {reply} للإجابة بالرسائل. للإلغاء STOP',
    optOut: '{product}: تم إلغاء اشتراكك ولن تصلك رسائل منا. للعودة: START',
    optIn:
      '{product}: ستصلك رسائل الاستبيان من جديد. للمساعدة HELP أو مساعدة، وللإلغاء STOP أو توقف. قد تُطبق رسوم الرسائل والبيانات.',
    help: '{product} يجري استبيانات قصيرة وسرية لصالح {org}.{contact} للإلغاء STOP أو توقف، وللعودة START.',
    helpOrgFallback: 'شراكة العمل الخاصة بك',
    helpContact: ' للأسئلة: {contact}.',
    clarify: '{product}: لإيقاف هذه الرسائل، يرجى إرسال STOP أو توقف',
  },
  smsSurvey: {
    start: 'شكرا لإجابتك بالرسائل. أرسل رقما أو كلمة لكل سؤال. تخطي للتخطي، رجوع للسابق، STOP للإيقاف.',
    retryScale: 'عذرا، لم نفهم. أرسل رقما واحدا من {lo} إلى {hi}.',
    retryYesNo: 'عذرا، لم نفهم. أرسل نعم أو لا.',
    retryOne: 'عذرا، لم نفهم. أرسل رقما واحدا من 1 إلى {n}.',
    retrySeveral: 'عذرا، لم نفهم. أرسل أرقام اختياراتك من 1 إلى {n}، مثل 1 3.',
    retryText: 'عذرا، الرد طويل. اكتب أقل من {max} حرفا أو أرسل تخطي.',
    cannotSkip: 'هذا السؤال يحتاج إلى إجابة ولا يمكن تخطيه. أرسل إجابتك.',
    thanks:
      'شكرا! تحفظ إجاباتك بدون اسمك أو رقمك. لا يعرف صاحب العمل من قال ماذا، والنتائج تظهر للمجموعات فقط.',
  },
  email: {
    subjectInvitation: '{org} تريد معرفة رأيك',
    subjectReminder: 'تذكير: استبيانك من {org} ما زال مفتوحًا',
    greeting: 'مرحبًا {name}،',
    greetingNoName: 'مرحبًا،',
    leadInvitation:
      'تسأل {org} الأشخاص الذين تعمل معهم عن سير الأمور، وتستخدم ما يقولونه لتقرر ما يجب تحسينه. يرجى الإجابة عن استبياننا القصير؛ يستغرق حوالي 5 دقائق.',
    leadReminder:
      'قبل أيام قليلة دعتك {org} إلى استبيان قصير. إذا كان لديك بعض الوقت، فإجاباتك ما زالت مهمة؛ يستغرق الاستبيان حوالي 5 دقائق.',
    button: 'الإجابة عن الاستبيان',
    // "groups of at least {min} members": no noun has to agree with a count that may be 3 or 20.
    privacy:
      'إجاباتك سرية: تُحفظ دون اسمك أو بريدك الإلكتروني أو رقم هاتفك، ولا تُعرض النتائج إلا لمجموعات لا يقل عدد أفرادها عن {min}.',
    personal: 'هذا الرابط خاص بك وحدك. يعمل حتى {date}.',
    unsubscribe: 'إلغاء الاشتراك في هذه الرسائل الإلكترونية',
  },
  // As inbound texts are compared: marks removed, so hamza letters fold to their bare seat (إيقاف is
  // matched as ايقاف) and two words ("إلغاء الاشتراك", "لا ترسل") as one. توقف and قف are "stop",
  // ايقاف "stopping", الغاء "cancel" (the word Arabic SMS services use to unsubscribe), كفى "enough",
  // لا ترسل "don't send"; never a bare لا ("no"), a common reply. اشترك ("subscribe") and نعم ("yes")
  // come back, as START and YES do; "ابدأ" (start) is left out as it folds to "ابدا", which is also
  // "never". مساعدة is "help", also typed with a final ه.
  keywords: {
    optOut: ['توقف', 'قف', 'ايقاف', 'الغاء', 'الغاءالاشتراك', 'كفى', 'لاترسل'],
    optIn: ['اشترك', 'نعم'],
    help: ['مساعدة', 'مساعده'],
    back: ['رجوع', 'السابق'],
    skip: ['تخطي', 'تخطى', 'تجاوز'],
  },
  // Read without hamza or tashkeel, as keywords are (أجل as اجل).
  replies: {
    yes: ['نعم', 'ايوه', 'اجل'],
    no: ['لا', 'كلا'],
    and: ['و'],
  },
};
