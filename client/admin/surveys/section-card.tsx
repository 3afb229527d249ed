// One section: its title and introduction in each language, its questions, and adding a question
// (written from scratch or from the item bank). Sections move and go like questions do.
import { useState } from 'preact/hooks';
import { draftLimits } from '../../../surveys/draft.ts';
import { ConfirmAction } from '../campaigns/confirm-action.tsx';
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { fieldId, ofSection } from './findings.ts';
import { ItemBank } from './item-bank.tsx';
import { QuestionCard } from './question-card.tsx';
import { addQuestion, moveSection, removeSection } from './structure-ops.ts';
import { TextPair } from './text-pair.tsx';
import { firstEnabled } from './use-focus.ts';
import { followText, settle } from './work.ts';

export function SectionCard({ si, firstNumber }: { si: number; firstNumber: number }) {
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
    say(`Section moved to place ${to + 1}.`);
  }

  return (
    <section class="card survey-section" id={base} tabIndex={-1} aria-labelledby={`${base}-h`}>
      <h2 id={`${base}-h`}>
        Section {si + 1}: {s.title.en?.trim() || 'New section'}
      </h2>
      <FindingList items={ofSection(findings, si)} label={`Checks on section ${si + 1}`} />
      <TextPair
        path={[...path, 'title']}
        label="Section title"
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
            label="Section introduction"
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
            Remove the introduction
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
          Add an introduction
        </button>
      )}
      <div class="row">
        <button type="button" id={`${base}-up`} disabled={si === 0} onClick={() => move(-1)}>
          Move section up
        </button>
        <button
          type="button"
          id={`${base}-down`}
          disabled={si === sections.length - 1}
          onClick={() => move(1)}
        >
          Move section down
        </button>
        <ConfirmAction
          id={`${base}-remove`}
          label="Remove section"
          question={`Remove section ${si + 1} and its ${s.questions.length} questions?`}
          yes="Remove it"
          no="Keep it"
          danger
          busy={false}
          onConfirm={() => {
            ed.change((w) => removeSection(w, si));
            ed.focusLater('add-section');
            say(`Section ${si + 1} removed.`);
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
          Add a question<span class="sr-only"> to section {si + 1}</span>
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
          Add from the item bank<span class="sr-only"> to section {si + 1}</span>
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
