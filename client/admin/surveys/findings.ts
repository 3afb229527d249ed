// Where each finding of the checks goes on screen. A finding's path points into the draft as a zod
// path does; every field of the editor carries the id made from its own path, so a finding is shown
// with the item it falls under and tied (aria-describedby) to the field its path starts with.
import type { Finding, FindingCode, Path } from '../../../surveys/checks/index.ts';

export interface Shown extends Finding {
  /** The id of the element that shows it: what fields name in aria-describedby. */
  key: string;
}

/** The element id of the field (or item) at `path`: 'f-sections-0-questions-2-text-es'. */
export const fieldId = (path: Path) => `f-${path.join('-')}`;

/** The server's refusal (CHECKS_FAILED details) as findings, shown like the live ones. */
export function serverFindings(details: unknown): Finding[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((x: { code?: unknown; path?: unknown; message?: unknown; params?: unknown }) =>
    Array.isArray(x?.path) && typeof x.message === 'string'
      ? [
          {
            // A newer server may send a code this build has no words for: it shows the message then.
            code: (typeof x.code === 'string' ? x.code : 'INVALID') as FindingCode,
            severity: 'blocking' as const,
            path: x.path as Path,
            message: x.message,
            ...(typeof x.params === 'object' &&
              x.params !== null && { params: x.params as Finding['params'] }),
          },
        ]
      : [],
  );
}

export const keyed = (findings: Finding[]): Shown[] =>
  findings.map((f, i) => ({ ...f, key: `finding-${i}` }));

/** The path of the question at (si, qi). */
export const questionPath = (si: number, qi: number) => ['sections', si, 'questions', qi];

const startsWith = (path: Path, prefix: Path) => prefix.every((p, i) => path[i] === p);

/** The findings at or under `prefix`. */
export const under = (findings: Shown[], prefix: Path) => findings.filter((f) => startsWith(f.path, prefix));

/** What a field at `path` is described by: the ids of its findings, after any of its own. */
export function describedBy(
  findings: Shown[],
  path: Path,
  ...own: (string | undefined)[]
): string | undefined {
  const ids = [...own.filter(Boolean), ...under(findings, path).map((f) => f.key)];
  return ids.length ? ids.join(' ') : undefined;
}

const isQuestionPath = (p: Path) => p[0] === 'sections' && p[2] === 'questions' && typeof p[3] === 'number';

/** The findings of one question. */
export const ofQuestion = (findings: Shown[], si: number, qi: number) =>
  under(findings, ['sections', si, 'questions', qi]);

/** A section's own findings, without those of its questions. */
export const ofSection = (findings: Shown[], si: number) =>
  under(findings, ['sections', si]).filter((f) => !isQuestionPath(f.path));

/** Findings of the survey as a whole: title, intro, dimensions, length, languages. */
export const ofSurvey = (findings: Shown[]) =>
  findings.filter((f) => f.path[0] !== 'sections' || f.path.length === 1);

/**
 * Moves focus to the deepest element on the way to `path` that exists: the field itself, else its
 * item. Items carry tabIndex -1 for this.
 */
export function focusPath(path: Path): boolean {
  for (let n = path.length; n >= 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
      return true;
    }
  }
  return false;
}

/** The question a path falls under, if any. */
export function questionOf(path: Path): { si: number; qi: number } | null {
  return isQuestionPath(path) ? { si: path[1] as number, qi: path[3] as number } : null;
}
