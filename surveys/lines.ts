// Which review line a survey's answers belong to. A partnership's own survey continues the built-in
// template it was started from (directly or through another own survey): its quarters sit in the
// same section of a review, with the same measures and trends, so adding one question does not
// start the partnership's history again. The line is part of the own survey's id
// ('own-worker-voice-k3x9...'), so reading it needs no database.

const own = /^own-([a-z][a-z0-9-]*)-[a-z0-9]{12}$/;

/** The built-in template id whose line `templateId` continues (a built-in template is its own). */
export function surveyLine(templateId: string): string {
  return own.exec(templateId)?.[1] ?? templateId;
}

/** An own survey's template id on `line`, from 12 random lowercase letters and digits. */
export function ownSurveyId(line: string, random12: string): string {
  if (!/^[a-z0-9]{12}$/.test(random12)) throw new RangeError('twelve lowercase letters or digits');
  return `own-${line}-${random12}`;
}

export const isOwnSurvey = (templateId: string) => own.test(templateId);
