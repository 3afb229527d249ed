// A survey answered by text message (issue 18), the pure part: the SMS form of a survey, reading a
// reply, the conversation as a state machine and what it costs. Server code imports this folder; the
// respondent's page never does (its island imports surveys/ files one by one, none of these).
export * from './form.js';
export * from './reply.js';
export * from './conversation.js';
export * from './cost.js';
export * from './segments.js';
