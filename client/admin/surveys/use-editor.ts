// The editor's state: the draft being changed (as a Work, see work.ts), whether it differs from what
// was last saved, and saving it (the button, Ctrl+S). A save names the draft it started from, so one
// over someone else's newer save is refused (DRAFT_CHANGED) rather than silently undoing theirs.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SurveyDraft } from '../../../surveys/draft.ts';
import { itemBank } from '../../../surveys/item-bank/index.ts';
import { allQuestions } from '../../../surveys/logic.ts';
import type { Question } from '../../../surveys/schema.ts';
import { ApiError, read, server } from '../api.ts';
import { useFocusLater } from './use-focus.ts';
import type { EditorData } from './use-survey.ts';
import { copyWork, type Work } from './work.ts';

export interface SaveProblem {
  code: string;
  message: string;
  details: string[];
}

function problemOf(err: unknown): SaveProblem {
  const e = err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err));
  const details = Array.isArray(e.details)
    ? (e.details as { path?: string; message?: string }[]).map((d) => `${d.path ?? ''}: ${d.message ?? ''}`)
    : [];
  return { code: e.code, message: e.message, details };
}

export function useEditor(data: EditorData, draft: SurveyDraft) {
  const { survey, previous } = data;
  const previousQuestions = useMemo(
    () => new Map<string, Question>(allQuestions(previous).map((q) => [q.id, q])),
    [previous],
  );
  const reserved = useMemo(
    () => new Set([...previousQuestions.keys(), ...itemBank(survey.kind).map((i) => i.question.id)]),
    [previousQuestions, survey.kind],
  );
  const ref = useRef<{ work: Work; rev: number } | null>(null);
  ref.current ??= {
    work: { d: draft, fresh: new Set(), open: new Set(), kept: new Set(), reserved },
    rev: 0,
  };
  const [state, setState] = useState(ref.current);
  const [savedRev, setSavedRev] = useState(0);
  const [savedAt, setSavedAt] = useState(survey.draft?.savedAt ?? null);
  const basedOn = useRef(savedAt);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const focusLater = useFocusLater();
  const dirty = state.rev !== savedRev;

  /**
   * Applies `fn` to a copy and shows it. `edit` false is for what is not saved (an item opened, an id
   * settled): the draft object stays the same, so the checks do not run again for it.
   */
  function change<T>(fn: (w: Work) => T, edit = true): T {
    const w = copyWork(ref.current!.work, edit);
    const out = fn(w);
    ref.current = { work: w, rev: ref.current!.rev + (edit ? 1 : 0) };
    setState(ref.current);
    return out;
  }

  async function save(): Promise<boolean> {
    const sent = ref.current!;
    setSaving(true);
    try {
      const out = await read(
        server.api.surveys[':id'].draft.$put({
          param: { id: survey.id },
          json: { draft: sent.work.d, basedOn: basedOn.current },
        }),
      );
      basedOn.current = out.savedAt;
      setSavedAt(out.savedAt);
      setSavedRev(sent.rev);
      setProblem(null);
      // Saved ids are kept for good: the English text no longer renames them.
      if (ref.current!.work.fresh.size > 0) change((w) => w.fresh.clear(), false);
      return true;
    } catch (err) {
      setProblem(problemOf(err));
      return false;
    } finally {
      setSaving(false);
    }
  }

  /** Shows the draft as the server now has it (someone else's save, a translator's texts). */
  async function refetch() {
    let now;
    try {
      now = (await read(server.api.surveys[':id'].$get({ param: { id: survey.id } }))).survey;
    } catch (err) {
      return setProblem(problemOf(err));
    }
    if (!now.draftDefinition || !now.draft) return;
    ref.current = {
      work: {
        d: now.draftDefinition,
        fresh: new Set(),
        open: ref.current!.work.open,
        kept: new Set(),
        reserved,
      },
      rev: ref.current!.rev + 1,
    };
    setState(ref.current);
    setSavedRev(ref.current.rev);
    basedOn.current = now.draft.savedAt;
    setSavedAt(now.draft.savedAt);
    setProblem(null);
  }

  const latestSave = useRef(save);
  latestSave.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void latestSave.current();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    survey,
    work: state.work,
    draft: state.work.d,
    previousQuestions,
    dirty,
    saving,
    savedAt,
    problem,
    change,
    save,
    refetch,
    focusLater,
  };
}

export type Editor = ReturnType<typeof useEditor>;
