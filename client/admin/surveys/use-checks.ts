// The checks run live as staff type: once typing pauses, so a long survey never slows a keystroke.
// Until they have caught up with the draft on screen, `current` is false and Publish waits.
import { useEffect, useState } from 'preact/hooks';
import { checkSurvey, type SurveyCheck } from '../../../surveys/checks/index.ts';
import type { SurveyDraft } from '../../../surveys/draft.ts';

export function useChecks(
  draft: SurveyDraft | null,
  delay = 250,
): { check: SurveyCheck | null; current: boolean } {
  const [state, setState] = useState(() => ({ draft, check: draft ? checkSurvey(draft) : null }));
  useEffect(() => {
    if (!draft || draft === state.draft) return;
    const t = setTimeout(() => setState({ draft, check: checkSurvey(draft) }), delay);
    return () => clearTimeout(t);
  }, [draft]);
  return { check: state.check, current: state.draft === draft };
}
