// English: what every respondent-facing text is first written in. Short, plain sentences: many
// respondents read on an old phone in their second language.
import type { Words } from './types.js';

export const en: Words = {
  // The source every other language is translated from: nothing to review it against.
  origin: {
    source: 'Written by the project team in plain English (the source text).',
    reviewed: { by: 'source text', on: '2026-12-04' },
  },
  page: {
    start: 'Start',
    next: 'Next',
    back: 'Back',
    submit: 'Send my answers',
    saveLater: 'Save and finish later',
    savedTitle: 'Your answers are saved',
    savedBody: 'To finish, open the same link again. Your answers will be waiting for you.',
    progress: 'Part {n} of {total}',
    minutes: { one: 'About {n} minute', other: 'About {n} minutes' },
    required: 'required',
    optional: 'optional',
    errorSummary: 'Some answers need a fix. Please look at the questions marked below.',
    thanksTitle: 'Thank you!',
    thanksBody:
      'We got your answers. Thank you for your time. What you told us will help make things better.',
    usedTitle: 'This survey is already done',
    usedBody: 'Answers were already sent from this link. Each link can be used one time.',
    closedTitle: 'This survey is closed',
    closedBody: 'The time to answer this survey is over. Thank you for your interest.',
    notOpenTitle: 'This survey is not open yet',
    notOpenBody: 'Please try this link again later.',
    unknownTitle: 'We could not find this survey',
    unknownBody: 'The link may be wrong or cut off. Check that you copied the whole link from your message.',
    busyTitle: 'Please try again in a minute',
    busyBody: 'A lot of people are answering right now. Please wait a minute and try again.',
    otherLanguages: 'Other languages',
    anonymityNote:
      'Your answers are anonymous. Your employer will never see your name with your answers. ' +
      'We only show results for groups of 5 or more people.',
    chooseAll: 'Choose all that apply.',
    chooseUpTo: 'Choose up to {max}.',
    charactersLeft: '{n} characters left',
    errors: {
      required: 'Please answer this question.',
      invalid: 'This answer is not valid. Please check it.',
      too_long: 'This answer is too long. Please make it shorter.',
      too_many: 'You chose too many answers. Please choose fewer.',
    },
    dependsOn: 'Answer this only if you chose {answers} above.',
    or: 'or',
    offline:
      'We could not reach the server. Your answers are still here. Check your connection and try again.',
    tooFast: 'That was very fast. Please take a moment to read the questions, then send your answers again.',
    startOver: 'Start over (clears these answers)',
    previewNotice: 'Preview: nothing answered here is saved or sent.',
    previewMissing: '[English text missing]',
  },
  scales: {
    agree5: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    likelihood: ['Not at all likely', 'Extremely likely'],
    rating10: ['Very poor', 'Excellent'],
    yesno: ['Yes', 'No'],
  },
  asking: {
    from: 'This survey is from {name}.',
    until: 'Open until the end of {date} ({zone}).',
    call: 'Questions? Call {contact}',
    email: 'Questions? Email {contact}',
    textKeyword: 'Or text {keyword} to {number} to answer by text message.',
  },
  problems: {
    form: {
      title: 'We could not read what you sent',
      body: 'Please go back to the survey, check your answers and send the page again.',
      back: 'Back to the survey',
    },
    full: {
      title: 'We could not save your answers',
      body: 'Our server has run out of space. Please try again later: your link still works.',
      notice:
        'We could not save this page: our server has run out of space. Your answers are still here. Please try again later with the same button.',
      back: 'Back to the survey',
    },
    unavailable: {
      title: 'We could not save your answers right now',
      body: 'Our server cannot save answers at the moment. Please try again in a few minutes: your link still works.',
      notice:
        'We could not save this page: our server cannot save answers at the moment. Your answers are still here. Please try again in a few minutes with the same button.',
      back: 'Back to the survey',
    },
  },
  posterLimit: {
    title: 'Please try again later',
    body:
      'This survey has been opened many times from the same internet connection. Please try again ' +
      'later, or switch your phone from Wi-Fi to mobile data.',
  },
  shortCode: {
    title: 'Open your survey',
    intro: 'Type the code printed on your card.',
    label: 'Code',
    hint: ['10 letters and numbers, like', 'Dashes, spaces and small letters are fine.'],
    go: 'Open my survey',
    malformed: 'This is not a card’s code. A code has 10 letters and numbers, like K7QX-9MHP-2T.',
    unknown: 'No card has this code. Check each character and try again.',
    limitTitle: 'Please try again later',
    limitBody: {
      one:
        'Many codes were typed from this internet connection. Please try again in {n} minute, scan ' +
        'the QR code on your card, or switch your phone from Wi-Fi to mobile data.',
      other:
        'Many codes were typed from this internet connection. Please try again in {n} minutes, scan ' +
        'the QR code on your card, or switch your phone from Wi-Fi to mobile data.',
    },
    card: {
      title: 'Your voice counts',
      go: 'On your phone, go to',
      type: 'and type this code:',
      scan: 'Or scan the square with your camera. The survey is anonymous; the code works once.',
    },
  },
  unsubscribe: {
    askTitle: 'Stop these emails?',
    ask: '{email} will get no more survey emails from {org}.',
    button: 'Unsubscribe',
    doneTitle: 'You are unsubscribed',
    done: 'You will get no more survey emails from {org}. If you change your mind, ask {org} to add you again.',
    unknownTitle: 'This link does not work',
    unknown: 'Check that you opened the whole link from the email.',
  },
  sms: {
    invitation: '{org}: Hi{name}, please take our private 5-min survey: {link} Reply STOP to opt out',
    reminder: '{org}: Hi{name}, our private 5-min survey is still open: {link} Reply STOP to opt out',
    invitationBoth:
      '{org}: Hi{name}, take our private survey: {link} or reply {reply} to answer by text. STOP to opt out',
    reminderBoth:
      '{org}: Hi{name}, private survey still open: {link} or reply {reply} to answer by text. STOP to opt out',
    invitationText:
      '{org}: Hi{name}, please take our private 5-min survey. Reply {reply} to answer by text. Reply STOP to opt out',
    reminderText:
      '{org}: Hi{name}, our private 5-min survey is still open. Reply {reply} to answer by text. Reply STOP to opt out',
    optOut:
      '{product}: you are unsubscribed and will get no more texts from us. Reply START to get them again.',
    optIn:
      '{product}: you will get survey texts again. Reply HELP for help, STOP to opt out. Msg&data rates may apply.',
    help: '{product} runs short, private surveys for {org}.{contact} Reply STOP to opt out, START to opt back in.',
    helpOrgFallback: 'your workforce partnership',
    helpContact: ' Questions: {contact}.',
    clarify: '{product}: Reply STOP to stop these texts.',
  },
  smsSurvey: {
    start:
      'Thank you for answering by text. Reply to each question with a number or word. SKIP skips one, BACK goes back, STOP ends.',
    retryScale: 'Sorry, we did not understand. Please reply with one number from {lo} to {hi}.',
    retryYesNo: 'Sorry, we did not understand. Please reply Y for yes or N for no.',
    retryOne: 'Sorry, we did not understand. Please reply with one number from 1 to {n}.',
    retrySeveral:
      'Sorry, we did not understand. Please reply with the numbers of your choices from 1 to {n}, like 1 3.',
    retryText: 'Sorry, that is too long. Please keep your answer under {max} characters, or reply SKIP.',
    cannotSkip: 'This question needs an answer, so it cannot be skipped. Please reply to it.',
    thanks:
      'Thank you! Your answers are kept without your name or number. Your employer never sees who said what: results only show for groups.',
  },
  email: {
    subjectInvitation: '{org} wants to hear from you',
    subjectReminder: 'Reminder: your {org} survey is still open',
    greeting: 'Hi {name},',
    greetingNoName: 'Hello,',
    leadInvitation:
      '{org} asks the people it works with how things are going, and uses what they say to decide what to improve. Please answer our short survey; it takes about 5 minutes.',
    leadReminder:
      'A few days ago {org} invited you to a short survey. If you have a moment, your answers still count; it takes about 5 minutes.',
    button: 'Answer the survey',
    privacy:
      'Your answers are private: they are stored without your name, email or phone, and results are only shown for groups of {min} or more people.',
    personal: 'This link is just for you. It works until {date}.',
    unsubscribe: 'Unsubscribe from these emails',
  },
  // Twilio's default opt-out list, which since the FCC's 2024 TCPA revocation rule includes REVOKE and
  // OPTOUT; START, UNSTOP and YES are Twilio's (and CTIA's) opt-in words.
  keywords: {
    optOut: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'],
    optIn: ['START', 'UNSTOP', 'YES'],
    help: ['HELP', 'INFO'],
    back: ['BACK'],
    skip: ['SKIP', 'PASS'],
  },
  // Answer words and BACK/SKIP: English ones are read in every language, as STOP is.
  replies: {
    yes: ['YES', 'Y', 'YEAH', 'YEP'],
    no: ['NO', 'N', 'NOPE'],
    and: ['AND'],
  },
};
