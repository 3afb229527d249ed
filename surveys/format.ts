// Fills the placeholders of page strings. Its own file, so the respondent island can use it without
// importing i18n.ts (see there).
/** Fills `{name}` placeholders from `vars`; a placeholder without a value stays visible rather than blank. */
export function format(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.prototype.hasOwnProperty.call(vars, key) ? String(vars[key]) : match,
  );
}
