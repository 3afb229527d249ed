// Words written in another direction inside a sentence: a partnership's English name, an email
// address or a phone number in an Arabic line. Unisolated, the bidi algorithm lets their neutral
// characters (+, -, @, a closing period) join the sentence around them and the order scrambles;
// in <bdi> each keeps its own direction and the sentence keeps its.
import type { ComponentChildren } from 'preact';

/** `template` with each `{key}` replaced by its value inside a `<bdi>`. */
export function fillIsolated(
  template: string,
  values: Record<string, ComponentChildren>,
): ComponentChildren[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? part : <bdi key={i}>{values[part] ?? `{${part}}`}</bdi>));
}
