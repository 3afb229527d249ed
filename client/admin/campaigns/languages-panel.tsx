// Before launch: the languages the invitations will go in. For each, how many people get it, how
// many speak it, and who speaks a language the survey lacks and gets the fallback instead (named).
// A language no native speaker has reviewed is flagged, and staff can record that someone has
// (server/campaigns/language-plan.ts, server/partnerships/language-routes.ts).
import type { CampaignLanguages, SendingLanguage } from '../../../server/campaigns/contract.ts';
import { read, server } from '../api.ts';
import { languageLabel } from '../contacts/language-label.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { MarkReviewed } from './mark-reviewed.tsx';

interface Props {
  campaignId: string;
  partnershipId: string;
  templateId: string;
  /** Admins and analysts may record a review; viewers read. */
  writable: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function LanguagesPanel(props: Props) {
  const state = useApi(`${props.campaignId}/languages`, () =>
    read(server.api.campaigns[':id'].languages.$get({ param: { id: props.campaignId } })),
  );
  return (
    <section class="card" aria-labelledby="languages-h">
      <h2 id="languages-h">Languages</h2>
      <Loaded state={state} what="the languages of this campaign">
        {(plan) => <Plan plan={plan} {...props} onReviewed={state.reload} />}
      </Loaded>
    </section>
  );
}

function Plan(props: Props & { plan: CampaignLanguages; onReviewed: () => void }) {
  const { plan } = props;
  const name = (tag: string) => languageLabel(tag);
  if (plan.total === 0) return <Empty>No one in this audience yet.</Empty>;
  const unreviewed = plan.languages.filter((l) => l.toReview.length > 0);
  return (
    <>
      <p>
        The survey is written in {plan.offered.map(name).join(', ')}. People who speak another language get it
        in <strong>{name(plan.fallback)}</strong>, with links to its other languages on every page.
        {plan.partnershipFallback !== plan.fallback &&
          ` The partnership's fallback language, ${name(plan.partnershipFallback)}, is not one this survey is written in, so English stands in.`}
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Invitations by language">
        <table>
          <caption class="sr-only">Invitations by language, were the campaign launched now</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col" class="num">
                People
              </th>
              <th scope="col" class="num">
                Speak it
              </th>
              <th scope="col">Get it as the fallback</th>
              <th scope="col">Reviewed by a native speaker</th>
            </tr>
          </thead>
          <tbody>
            {plan.languages.map((l) => (
              <tr key={l.lang}>
                <th scope="row">{name(l.lang)}</th>
                <td class="num">{l.people}</td>
                <td class="num">{l.own}</td>
                <td>{l.fallback.map((f) => `${name(f.tag)}: ${f.people}`).join('; ') || '–'}</td>
                <td>
                  <ReviewBadge language={l} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unreviewed.map((l) => (
        <div class="notice" key={l.lang}>
          <p>
            <strong>{name(l.lang)}</strong>: {plural(l.people, 'person gets', 'people get')} this survey in a
            language no native speaker has reviewed yet ({missing(l).join(' and ')}). Have someone who speaks
            it read a preview before you launch.
          </p>
          {props.writable && (
            <MarkReviewed
              partnershipId={props.partnershipId}
              lang={l.lang}
              language={l.english}
              subjects={l.toReview.map((subject) => ({
                subject,
                label: subject === 'words' ? "the respondent's words" : "the survey's questions",
              }))}
              onDone={props.onReviewed}
            />
          )}
        </div>
      ))}
    </>
  );
}

function missing(l: SendingLanguage): string[] {
  return [
    ...(!l.reviewed.words ? ["the respondent's words"] : []),
    // A built-in survey's English and Spanish are written with the words: one review covers both.
    ...(l.toReview.some((s) => s !== 'words') ? ["the survey's questions"] : []),
  ];
}

function ReviewBadge({ language: l }: { language: SendingLanguage }) {
  const done = l.reviewed.words && l.reviewed.survey !== false;
  return <span class={`badge ${done ? 'ok' : 'bad'}`}>{done ? 'Reviewed' : 'Not reviewed'}</span>;
}
