/**
 * Conversations by text as the inbound webhook and the development outbox use them (distribution/
 * inbound.ts `Texting`): handed in by the app factory, since answering sits above distribution.
 */
import type { Texting } from '../../distribution/inbound.ts';
import { answerByText } from './answer.ts';
import { conversationsOfPhoneDelete } from './stop.ts';

export const texting: Texting = { answer: answerByText, forget: conversationsOfPhoneDelete };
