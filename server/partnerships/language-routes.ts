/**
 * /api/partnerships/:id/languages: the page languages with where their texts came from and who
 * reviewed them, and recording a review (staff: admins and analysts; viewers read).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { isLang, langs, type Lang } from '../../surveys/languages.ts';
import { partnershipAccess } from './access.ts';
import { partnershipFound } from './contact-routes.ts';
import { languageReviewBody, type LanguageReview } from './language-contract.ts';
import { recordLanguageReview } from './language-reviews.ts';
import { isReviewSubject, partnershipLanguages } from './language-status.ts';
import { getPartnership } from './partnerships.ts';

/** An unknown language answers 400 before the body is read. */
const pageLanguage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const lang = c.req.param('lang');
  if (!isLang(lang))
    throw new AppError('BAD_REQUEST', `No survey is written in "${lang}"; use one of: ${langs.join(', ')}.`);
  await next();
};

export const languageRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/languages', partnershipAccess('read'), partnershipFound, async (c) =>
    c.json(await partnershipLanguages(c.var.deps, c.req.param('id'))),
  )
  .post(
    '/:id/languages/:lang/reviews',
    partnershipAccess('write'),
    partnershipFound,
    pageLanguage,
    jsonBody(languageReviewBody),
    async (c) => {
      const { id } = c.req.param();
      const lang = c.req.param('lang') as Lang;
      const { subject, reviewerName } = c.req.valid('json');
      if (!isReviewSubject(subject))
        throw new AppError('VALIDATION_FAILED', 'Name words or a built-in template.', [
          { path: 'subject', message: `"${subject}" is neither words nor a built-in template.` },
        ]);
      const { deps, user } = c.var;
      const partnership = await getPartnership(deps, id);
      // The day where the partnership is, as the words files date their reviews.
      const reviewedOn = localDay(deps.clock.now(), partnership.timeZone);
      const review: LanguageReview = { subject, lang, reviewerName, reviewedOn };
      await recordLanguageReview(deps, id, review, user.id);
      return c.json({ review }, 201);
    },
  );
