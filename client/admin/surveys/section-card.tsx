// One section: its title and introduction in each language, its questions, and adding a question
// (written from scratch or from the item bank). Sections move and go like questions do.
import { useState } from 'preact/hooks';
import { draftLimits } from '../../../surveys/draft.ts';
import { ConfirmAction } from '../campaigns/confirm-action.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { sr } from './sr.tsx';
import { FindingList } from './finding-list.tsx';
import { fieldId, ofSection } from './findings.ts';
import { ItemBank } from './item-bank.tsx';
import { QuestionCard } from './question-card.tsx';
import { addQuestion, moveSection, removeSection } from './structure-ops.ts';
import { TextPair } from './text-pair.tsx';
import { firstEnabled } from './use-focus.ts';
import { followText, settle } from './work.ts';

export function SectionCard({ si, firstNumber }: { si: number; firstNumber: number }) {
  const t = useWords('surveys');
  const { ed, findings, say } = useEd();
  const [bank, setBank] = useState(false);
  const sections = ed.draft.sections;
  const s = sections[si]!;
  const path = ['sections', si];
  const base = fieldId(path);
  const total = sections.reduce((n, x) => n + x.questions.length, 0);
  const full = total >= draftLimits.questions || s.questions.length >= draftLimits.questionsPerSection;
  const edit = (fn: (x: typeof s) => void) => ed.change((w) => fn(w.d.sections[si]!));

  function move(dir: -1 | 1) {
    const to = ed.change((w) => moveSection(w, si, dir));
    if (to === null) return;
    const [same, other] = dir < 0 ? ['up', 'down'] : ['down', 'up'];
    ed.focusLater(() =>
      firstEnabled(`${fieldId(['sections', to])}-${same}`, `${fieldId(['sections', to])}-${other}`),
    );
    say(t('sectionMoved', { n: to + 1 }));
  }

  return (
    <section class="card survey-section" id={base} tabIndex={-1} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>
        {t.rich('sectionHeading', {
          n: si + 1,
          title: s.title.en?.trim() ? <span lang="en">{s.title.en.trim()}</span> : t('newSection'),
        })}
      </h2>
      <FindingList items={ofSection(findings, si)} label={t('checksOnSection', { n: si + 1 })} />
      <TextPair
        path={[...path, 'title']}
        label={t('sectionTitle')}
        text={s.title}
        onText={(lang, value) =>
          ed.change((w) => {
            w.d.sections[si]!.title[lang] = value;
            if (lang === 'en') followText(w, si, null);
          })
        }
        onLeaveEnglish={() =>
          ed.work.fresh.has(`s:${s.id}`) &&
          s.title.en?.trim() &&
          ed.change((w) => settle(w, `s:${s.id}`), false)
        }
      />
      {s.intro ? (
        <>
          <TextPair
            path={[...path, 'intro']}
            label={t('sectionIntro')}
            text={s.intro}
            multiline
            onText={(lang, value) => edit((x) => void (x.intro![lang] = value))}
          />
          <button
            type="button"
            onClick={() => {
              edit((x) => delete x.intro);
              ed.focusLater(`${base}-add-intro`);
            }}
          >
            {t('removeIntro')}
          </button>
        </>
      ) : (
        <button
          type="button"
          id={`${base}-add-intro`}
          onClick={() => {
            edit((x) => void (x.intro = {}));
            ed.focusLater(fieldId([...path, 'intro', 'en']));
          }}
        >
          {t('addIntro')}
        </button>
      )}
      <div class="row">
        <button type="button" id={`${base}-up`} disabled={si === 0} onClick={() => move(-1)}>
          {t('moveSectionUp')}
        </button>
        <button
          type="button"
          id={`${base}-down`}
          disabled={si === sections.length - 1}
          onClick={() => move(1)}
        >
          {t('moveSectionDown')}
        </button>
        <ConfirmAction
          id={`${base}-remove`}
          label={t('removeSection')}
          question={t('removeSectionAsk', { n: si + 1, count: s.questions.length })}
          yes={t('removeIt')}
          no={t('keepIt')}
          danger
          busy={false}
          onConfirm={() => {
            ed.change((w) => removeSection(w, si));
            ed.focusLater('add-section');
            say(t('sectionRemoved', { n: si + 1 }));
          }}
        >
          {null}
        </ConfirmAction>
      </div>
      <ol class="questions">
        {s.questions.map((_, qi) => (
          <QuestionCard
            si={si}
            qi={qi}
            number={firstNumber + qi}
            last={si === sections.length - 1 && qi === s.questions.length - 1}
          />
        ))}
      </ol>
      <div class="row">
        <button
          type="button"
          id={`${base}-add`}
          disabled={full}
          onClick={() => {
            const at = ed.change((w) => addQuestion(w, si));
            ed.focusLater(fieldId(['sections', at.si, 'questions', at.qi, 'text', 'en']));
          }}
        >
          {t.rich('addQuestion', { n: si + 1, sr })}
        </button>
        <button
          type="button"
          id={`${base}-bank-toggle`}
          aria-expanded={bank}
          disabled={full}
          onClick={() => {
            setBank(!bank);
            if (!bank) ed.focusLater(`${base}-bank-search`);
          }}
        >
          {t.rich('addFromBank', { n: si + 1, sr })}
        </button>
      </div>
      {bank && (
        <ItemBank
          si={si}
          onClose={() => {
            setBank(false);
            ed.focusLater(`${base}-bank-toggle`);
          }}
        />
      )}
    </section>
  );
}
