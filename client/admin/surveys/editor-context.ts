// What every part of the editor reads: the editor's state and actions, and the live findings keyed
// for the fields that show them.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Grades } from '../../../surveys/checks/index.ts';
import type { Lang } from '../../../surveys/languages.ts';
import type { Shown } from './findings.ts';
import type { Editor } from './use-editor.ts';

export interface EditorCtx {
  ed: Editor;
  findings: Shown[];
  grades: Grades;
  /**
   * The language shown beside English in every text (six side by side cannot be read), or null when
   * the survey is in English alone.
   */
  working: Lang | null;
  setWorking: (lang: Lang) => void;
  /** Announces what an action did, for screen readers (a move, a removal). */
  say: (message: string) => void;
}

export const EditorContext = createContext<EditorCtx | null>(null);

export function useEd(): EditorCtx {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEd outside the survey editor');
  return ctx;
}
