// "Add from the item bank" for one section: the bank's items of the survey's kind, grouped by the
// dimension they are scored in, in both languages, with a search. An item keeps its id in the survey,
// so one already there is not offered again, and its dimension comes along if the survey lacks it.
import { useMemo, useState } from 'preact/hooks';
import { bankDimensions, itemBank, type BankItem } from '../../../surveys/item-bank/index.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { fieldId, questionPath } from './findings.ts';
import { inLocale, typeKeys } from './labels.ts';
import { sr } from './sr.tsx';
import { addBankItem } from './structure-ops.ts';
import { allQuestionIds } from './work.ts';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const haystack = (i: BankItem) =>
  fold([i.topic.en, i.topic.es, i.question.text.en, i.question.text.es, i.question.id].join(' '));

export function ItemBank({ si, onClose }: { si: number; onClose: () => void }) {
  const t = useWords('surveys');
  const { ed, say } = useEd();
  const topic = (item: BankItem) => inLocale(item.topic, t.locale);
  const kind = ed.survey.kind;
  const items = useMemo(() => itemBank(kind).map((item) => ({ item, hay: haystack(item) })), [kind]);
  const dimensions = useMemo(() => bankDimensions(kind), [kind]);
  const [query, setQuery] = useState('');
  const id = `${fieldId(['sections', si])}-bank`;
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = items.filter((x) => words.every((w) => x.hay.includes(w))).map((x) => x.item);
  const inSurvey = allQuestionIds(ed.draft);
  const groups = [
    ...dimensions.map((d) => ({
      label: inLocale(d.label, t.locale),
      items: shown.filter((i) => i.dimension === d.id),
    })),
    { label: t('notScored'), items: shown.filter((i) => !dimensions.some((d) => d.id === i.dimension)) },
  ].filter((g) => g.items.length > 0);

  function add(item: BankItem) {
    const dimension = dimensions.find((d) => d.id === item.dimension);
    const at = ed.change((w) => addBankItem(w, si, item.question, dimension));
    if (!at) return say(t('alreadyInSaid', { id: item.question.id }));
    say(t('itemAdded', { topic: topic(item), n: si + 1 }));
    onClose();
    ed.focusLater(`${fieldId(questionPath(at.si, at.qi))}-toggle`);
  }

  return (
    <section class="card inset bank" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('itemBank')}</h3>
      <p class="hint">{t('bankHint')}</p>
      <div class="row">
        <div class="field">
          <label for={`${id}-search`}>{t('searchBank')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <button type="button" onClick={onClose}>
          {t('closeBank')}
        </button>
      </div>
      <p role="status">{t('itemCount', { n: shown.length })}</p>
      {groups.map((g) => (
        <>
          <h4>{g.label}</h4>
          <ul class="bank-items">
            {g.items.map((item) => (
              <li>
                <p>
                  <strong>{topic(item)}</strong>{' '}
                  {item.source === 'built-in' && <span class="badge">{t('builtIn')}</span>}{' '}
                  <span class="muted small">
                    {t('bankItemMeta', { type: t(typeKeys[item.question.type]), id: item.question.id })}
                  </span>
                </p>
                <p lang="en">{item.question.text.en}</p>
                <p lang="es">{item.question.text.es}</p>
                {inSurvey.has(item.question.id) ? (
                  <p class="muted small">{t('alreadyIn')}</p>
                ) : (
                  <button type="button" onClick={() => add(item)}>
                    {t.rich('addItem', { topic: topic(item), sr })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ))}
    </section>
  );
}
