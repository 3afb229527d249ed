// What the overview needs, from the same endpoints the screens use: open campaigns with their
// progress, and the latest quarterly review (its measures, goals and open action items). An
// employer's account (`scoped`) may not see campaigns, so it asks for the review alone.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useLocale } from '../i18n/use-locale.ts';
import type { Locale } from '../../shared/i18n/locales.ts';

const partnership = server.api.partnerships[':id'];

async function loadOverview(partnershipId: string, scoped: boolean, lang: Locale) {
  const param = { id: partnershipId };
  const [{ campaigns }, { reviews }] = await Promise.all([
    scoped ? { campaigns: [] } : read(partnership.campaigns.$get({ param })),
    read(partnership.reviews.$get({ param })),
  ]);
  const open = await Promise.all(
    campaigns
      // Past its close date a campaign is closed, though its row says open until someone closes it.
      .filter((c) => c.status === 'open' && c.state !== 'closed')
      .map(async (campaign) => {
        const { progress } = await read(
          server.api.campaigns[':id'].progress.$get({ param: { id: campaign.id } }),
        );
        return { campaign, progress };
      }),
  );
  // The listing is newest first; the overview is about the current quarter, not the year.
  const latest = reviews.find((r) => r.kind === 'quarter');
  const period = latest ? { param: { ...param, period: latest.period }, query: { lang } } : null;
  const review = period ? (await read(partnership.reviews[':period'].$get(period))).review : null;
  return { open, review };
}

export function useOverview(partnershipId: string, scoped = false) {
  const { locale } = useLocale();
  // One thing made of several requests: loaded again when the partnership, the account or the
  // reader's language (the review's survey texts) changes.
  const key = `/api/partnerships/${partnershipId}?lang=${locale}${scoped ? '&scoped' : ''}`;
  return useApi(key, () => loadOverview(partnershipId, scoped, locale));
}
