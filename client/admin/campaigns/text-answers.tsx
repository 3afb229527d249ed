// Answering by text (issue 18): how a campaign's SMS invitations offer the survey (a link, a
// conversation by text, or both) and the poster keyword, chosen before launch; with what one completed
// conversation costs per language and where the workers' replies end up, said before a launch by text.
// Shown only when text message is a channel and the survey version has SMS texts.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Campaign, SmsAnswers } from '../../../server/campaigns/contract.ts';
import type { CampaignTextAnswers } from '../../../server/distribution/texting-contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';

const textApi = server.api.campaigns[':id']['text-answers'];
const modes: readonly SmsAnswers[] = ['link', 'text', 'both'];

/** The campaign's way of answering texts; loaded again (`key`) when the campaign changes. */
export function TextAnswers(p: { campaign: Campaign; writable: boolean; onChange: () => void }) {
  const t = useWords('campaigns');
  const id = p.campaign.id;
  const sms = p.campaign.channels.includes('sms');
  const key = `${id}/text-answers/${p.campaign.templateVersion}`;
  const state = useApi(sms ? key : null, () => read(textApi.$get({ param: { id: encodeURIComponent(id) } })));
  if (!sms || (state.data && !state.data.smsForm)) return null;
  return (
    <section class="card" aria-labelledby="text-answers-h">
      <h2 id="text-answers-h">{t('textTitle')}</h2>
      <Loaded state={state} what={t('textTitle')}>
        {(view) =>
          p.writable && p.campaign.status === 'draft' ? (
            <Choice campaign={p.campaign} view={view} onChange={p.onChange} />
          ) : (
            <Chosen campaign={p.campaign} />
          )
        }
      </Loaded>
    </section>
  );
}

function Chosen({ campaign }: { campaign: Campaign }) {
  const t = useWords('campaigns');
  const b = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  return (
    <>
      <p>{t('textChosen', { mode: campaign.smsAnswers })}</p>
      {campaign.textKeyword && <p>{t.rich('textKeywordIs', { b, keyword: campaign.textKeyword })}</p>}
    </>
  );
}

function Choice(p: { campaign: Campaign; view: CampaignTextAnswers; onChange: () => void }) {
  const t = useWords('campaigns');
  const form = useForm();
  const c = p.campaign;
  const [mode, setMode] = useState<SmsAnswers>(c.smsAnswers);
  const [keyword, setKeyword] = useState(c.textKeyword ?? '');
  // "Saved." until the next change.
  const [saved, setSaved] = useState(false);
  const choose = (m: SmsAnswers) => (setMode(m), setSaved(false));
  const type = (k: string) => (setKeyword(k), setSaved(false));
  const hints: Record<SmsAnswers, string> = {
    link: t('textLinkHint'),
    text: t('textTextHint', { reply: p.view.startReply }),
    both: t('textBothHint', { reply: p.view.startReply }),
  };
  const labels: Record<SmsAnswers, string> = {
    link: t('textLink'),
    text: t('textText'),
    both: t('textBoth'),
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const json = {
      smsAnswers: mode,
      ...(c.openLink.enabled && { textKeyword: keyword.trim() === '' ? null : keyword }),
    };
    const out = await form.submit(() =>
      read(server.api.campaigns[':id'].$patch({ param: { id: c.id }, json })),
    );
    if (!out) return;
    setKeyword(out.campaign.textKeyword ?? '');
    setSaved(true);
    p.onChange();
  };

  return (
    <form onSubmit={save} noValidate>
      <FormMessage message={form.message} />
      <fieldset>
        <legend>{t('textHow')}</legend>
        {modes.map((m) => (
          <div key={m}>
            <label class="check">
              <input
                type="radio"
                name="sms-answers"
                value={m}
                checked={mode === m}
                aria-describedby={`sms-answers-${m}-hint`}
                onChange={() => choose(m)}
              />
              {labels[m]}
            </label>
            <p class="hint" id={`sms-answers-${m}-hint`}>
              {hints[m]}
            </p>
          </div>
        ))}
        {form.errors.smsAnswers && <p class="error">{form.errors.smsAnswers}</p>}
      </fieldset>
      {c.openLink.enabled ? (
        <TextField
          id="text-keyword"
          label={t('textKeyword')}
          hint={t('textKeywordHint')}
          value={keyword}
          onValue={type}
          autoComplete="off"
          maxLength={40}
          error={form.errors.textKeyword}
        />
      ) : (
        <p class="hint">{t('textKeywordOff')}</p>
      )}
      <div class="actions">
        <button type="submit" disabled={form.busy}>
          {t('textSave')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {saved && t('textSaved')}
      </p>
      {/* What a launch by text costs and where the replies end up: said before anyone is texted. */}
      {mode !== 'link' && <Cost view={p.view} />}
    </form>
  );
}

function Cost({ view }: { view: CampaignTextAnswers }) {
  const t = useWords('campaigns');
  const f = useFormats();
  const language = campaignFormats(t.locale).language;
  return (
    <>
      <h3>{t('textCostTitle')}</h3>
      <p class="muted">{t('textCostIntro')}</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('textCostTitle')}>
        <table class="conversation-cost">
          <caption class="sr-only">{t('textCostCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('encoding')}</th>
              <th scope="col" class="num">
                {t('textMessages')}
              </th>
              <th scope="col" class="num">
                {t('textSegments')}
              </th>
              <th scope="col" class="num">
                {t('textReplies')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.conversation.map((l) => (
              <tr key={l.lang}>
                <th scope="row">
                  <span lang={l.lang} dir="auto">
                    {l.name}
                  </span>
                  {language(l.lang).localeCompare(l.name, undefined, { sensitivity: 'base' }) !== 0 && (
                    <span class="muted small"> ({language(l.lang)})</span>
                  )}
                </th>
                <td>{l.encoding}</td>
                <td class="num">{f.number(l.messages)}</td>
                <td class="num">{f.number(l.segments)}</td>
                <td class="num">{f.number(l.replies)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="notice text-provider-log" role="note">
        {t('textProviderLog')}
      </p>
    </>
  );
}
