// The survey editor's checks (surveys/checks/): one message per finding code, from the finding's
// params. ICU MessageFormat. `{language}` is the finding's `lang` named in the reader's language, `{type}`
// a question type's name and `{label}` a job-quality factor's (client/admin/surveys/finding-text.ts).
// English says what surveys/checks/ writes in each finding's message, word for word (a test holds them equal).
export default {
  BAD_ID:
    '{what, select, survey {The survey id "{id}" is not allowed: use only lowercase letters, digits and -, starting with a letter (like worker-voice-plant).} section {The section id "{id}" is not allowed: use only lowercase letters, digits and _, starting with a letter (like pay_fair).} question {The question id "{id}" is not allowed: use only lowercase letters, digits and _, starting with a letter (like pay_fair).} dimension {The dimension id "{id}" is not allowed: use only lowercase letters, digits and _, starting with a letter (like pay_fair).} scored {Dimension {id} has an id that is not allowed: rename the dimension.} measure {The measure "{id}" of {question} is not allowed: use lowercase letters, digits and _ (like nps).} option {The option value "{id}" of {question} is not allowed: use lowercase letters, digits and _ (like child_care).} smsOption {The text message of question {question} numbers the answer "{id}", whose value is not allowed: change the value of that option.} other {Question {id} needs an allowed id first.}}',
  DUPLICATE_ID:
    '{what, select, section {Another section is already called "{id}": rename this one.} question {An earlier question already has the id "{id}": give this one its own id.} dimension {Another dimension is already called "{id}": rename this one.} smsOption {The text message of question {question} numbers the answer "{id}" twice: take one off the list.} other {Question {question} has two options "{id}": rename one.}}',
  NO_SECTIONS: 'The survey has no sections: add one with a question.',
  EMPTY_SECTION: 'Section {section} has no questions: add one, or remove the section.',
  DIMENSION_EMPTY:
    'No question is scored in dimension {dimension}: give it an agree item, or remove the dimension.',
  OPTIONS_NEEDED: 'Question {question} is a choice: give it at least two options.',
  OPTIONS_NOT_ALLOWED:
    'Question {question} is a {type} question, which has no options: remove them, or make it a choice.',
  MAX_NOT_ALLOWED: 'Only "choose several" questions have a most-to-choose: remove it from {question}.',
  MAX_TOO_HIGH:
    'Question {question} lets people choose up to {max} but has {count, plural, one {# option} other {# options}}: lower it to {count} or less.',
  MAX_LENGTH_NOT_ALLOWED: 'Only written answers have a length limit: remove it from {question}.',
  REVERSE_NOT_ALLOWED: 'Only agree items can be reversed: remove "reversed" from {question}.',
  DIMENSION_NOT_ALLOWED:
    'Only agree items are scored: take {question} out of dimension {dimension}, or make it an agree item.',
  UNKNOWN_DIMENSION:
    'Question {question} is scored in dimension {dimension}, which the survey does not have: pick one of its dimensions, or add {dimension}.',
  SHOW_IF_SELF:
    'Question {question} is shown depending on itself: pick a question that comes before it, or move {question} further down.',
  SHOW_IF_LATER:
    'Question {question} is shown depending on {control}, which comes after it: pick a question that comes before it, or move {question} further down.',
  SHOW_IF_UNKNOWN:
    'Question {question} is shown depending on {control}, which the survey does not have: pick a question that comes before it, or move {question} further down.',
  UNREACHABLE_ANSWER:
    'Question {question} waits for the answer {value} to {control}, which it cannot have (its answers: {possible, select, range {whole numbers from {from} to {to}} values {{values}} noOptions {none yet} other {none: a written answer cannot show or hide a question}}): pick one of those.',
  LANGUAGE_REQUIRED:
    "Every survey has {language}, the language its reviews are read against. Add it to the survey's languages and write its texts.",
  MISSING_TEXT:
    'The {language} text of {item, select, title {the survey title} intro {the survey intro} dimension {the label of dimension {id}} sectionTitle {the title of section {id}} sectionIntro {the intro of section {id}} question {question {id}} help {the help of question {id}} sms {the text message of question {id}} other {option {id} of question {question}}} is {state, select, blank {blank} other {missing}}: write it{optional, select, yes {, or remove this text in every language} other {}}.',
  MISSING_ESTIMATE:
    'Set the minutes respondents are told the survey takes; the checks estimate {about, plural, other {about #}}.',
  TOO_LONG:
    'This worker survey takes about {about, plural, other {# minutes}}, more than {limit}: workers answer on a break, on a phone. Remove or merge questions, or shorten the longest texts.',
  ESTIMATED_LENGTH:
    'About {about, plural, one {# minute} other {# minutes}} to answer (respondents are told {told}).',
  READING_GRADE:
    '{item, select, intro {The survey intro} section {The intro of section {id}} other {Question {id}}} reads at about grade {grade, number} in {language}; aim for grade {limit} or lower (about 6 suits most workers): use shorter sentences and everyday words.',
  FACTOR_MISSING:
    "No question measures {label}, one of the eight job-quality factors: add an agree item scored in {factor} (the item bank has some). Without one, the job-quality index rests on fewer factors and is not comparable with other surveys'.",
  REVERSED_ITEM:
    'Question {question} is reversed: disagreeing is the good end, and its answers are flipped before scoring. If you reword it so that agreeing is good, unmark it.',
  LOOKS_REVERSED:
    'Question {question} reads as negatively worded in {language} ({cues}), so agreeing may be the bad end, yet it is scored as if agreeing were good: mark it reversed or reword it.',
  SMS_OPTIONS_NOT_ALLOWED:
    'Question {question} is a {type} question, which has no options: remove the numbered answers of its text message.',
  SMS_OPTIONS_FEW:
    'The text message of question {question} numbers {count, plural, =0 {no answers} one {one answer} other {# answers}}: number at least two, or leave the list out to number every answer.',
  SMS_OPTION_UNKNOWN:
    'The text message of question {question} numbers the answer "{value}", which the question does not have: pick one of its answers, or take it off the list.',
  SMS_SEGMENTS:
    'The {language} text message of question {question} takes {segments} segments ({length} characters; one segment holds {limit}{cause, select, char { once a text has "{char}", which the GSM alphabet lacks} other {}}): each segment is billed for every worker who answers. Shorten it to one where you can.',
  SMS_OPTIONS_LEFT_OUT:
    'The text message of question {question} numbers {count} of its {total} answers: by text nobody can answer {left}. Check that its text lists the same {count}, in this order.',
  SMS_NEVER_ASKED:
    '{why, select, noText {Question {question} has a text message, but it is shown only after an answer to {control}, which has none: by text {control} is never asked, so neither is {question}. Give {control} a text message too, or remove this one.} hidden {Question {question} has a text message, but it is shown only after an answer to {control}, which is never asked by text either: so neither is {question}. Fix {control} first, or remove this text message.} other {Question {question} has a text message, but it is shown only after the answers {values} to {control}, which its text message does not number: by text {question} is never asked. Number one of them in the text message of {control}, or remove this one.}}',
  SMS_REQUIRED_LEFT_OUT:
    '{count, plural, one {# required question is} other {# required questions are}} not asked by text ({questions}): a texted response is complete without them, since a conversation requires only what it asks, and their figures count web answers alone. Give one a text message if every response needs it.',
  SMS_FACTOR_MISSING:
    'No question asked by text measures {label}, one of the eight job-quality factors: give one of its agree items (scored in {factor}) a text message, so answers by text cover it too.',
};
