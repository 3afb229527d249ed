/**
 * Keyboard use of a screen, as a person without a mouse meets it: Tab from the top of the page
 * through to the end, and every control a pointer could use must be reached on the way (WCAG 2.1.1),
 * in an order that never traps (2.1.2), each showing a focus indicator (2.4.7) whose colour stands
 * 3:1 against what surrounds it (1.4.11). axe cannot press Tab, so this does.
 */
import type { Page } from 'playwright-core';

export interface KeyboardFinding {
  what: string;
  problem: string;
}

/** What the page records of each stop focus makes; kept on `window` between presses. */
interface Visit {
  kb: string | null;
  what: string;
  problem: string | null;
}

// Runs in the page: marks every control a pointer could reach and starts recording focus.
function mark() {
  const selector = [
    'a[href]',
    'button:not(:disabled)',
    'input:not(:disabled):not([type=hidden])',
    'select:not(:disabled)',
    'textarea:not(:disabled)',
    'summary',
    '[tabindex]:not([tabindex="-1"])',
    '[role=button]',
    '[contenteditable=""], [contenteditable=true]',
    'iframe',
  ].join(', ');
  const describe = (el: Element) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const id = el.id ? `#${el.id}` : '';
    const name = el.getAttribute('name');
    return `${el.tagName.toLowerCase()}${id}${name ? `[name=${name}]` : ''} "${text.slice(0, 40)}"`;
  };
  // checkVisibility also sees what a closed <details> hides (content-visibility, not display).
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) &&
    el.getClientRects().length > 0 &&
    !el.closest('[inert]');
  const all = [...document.querySelectorAll(selector)].filter(shown);
  // A radio group is one stop: arrow keys move within it, so reaching any of its buttons is enough.
  const expected: { kb: string; what: string }[] = [];
  const groups = new Map<string, string>();
  all.forEach((el, i) => {
    let kb = String(i);
    const input = el as HTMLInputElement;
    const key = input.type === 'radio' && input.name ? `${input.form?.id ?? ''}|${input.name}` : null;
    if (key && groups.has(key)) kb = groups.get(key)!;
    else {
      if (key) groups.set(key, kb);
      expected.push({ kb, what: describe(el) });
    }
    el.setAttribute('data-kb', kb);
  });

  const channel = (c: string) => {
    const m = c.match(/[\d.]+/g);
    return m ? m.map(Number) : [0, 0, 0, 0];
  };
  const luminance = ([r, g, b]: number[]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  // The colour an outline drawn outside `el` sits on: the first ancestor with an opaque background.
  const around = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = channel(getComputedStyle(p).backgroundColor);
      if (c.length < 4 || c[3]! > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const problemOf = (el: Element): string | null => {
    // Focus on a part of the browser's own (a time field's picker button) leaves the field itself
    // unmatched by :focus; that part draws the browser's ring, which no page style reaches.
    if (!el.matches(':focus')) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return 'is focused while it has no size';
    const s = getComputedStyle(el);
    const width = parseFloat(s.outlineWidth);
    if (s.outlineStyle !== 'none' && width >= 2) {
      const ratio = contrast(channel(s.outlineColor).slice(0, 3), around(el));
      return ratio >= 3
        ? null
        : `focus outline ${s.outlineColor} is ${ratio.toFixed(2)}:1 against its background`;
    }
    // Chromium's own ring, drawn in two tones so that one of them stands out on any background.
    if (s.outlineStyle === 'auto') return null;
    if (s.boxShadow !== 'none') return null;
    return `shows no focus indicator (outline ${s.outlineStyle} ${s.outlineWidth})`;
  };

  // Read after each press rather than from a focusin listener: with JavaScript off no listener runs.
  const w = window as unknown as { __kbVisits: Visit[]; __kbProbe: () => void };
  w.__kbVisits = [];
  w.__kbProbe = () => {
    const el = document.activeElement;
    if (!el || el === document.body || el.id === 'kb-start') return;
    w.__kbVisits.push({ kb: el.getAttribute('data-kb'), what: describe(el), problem: problemOf(el) });
  };
  // Tab starts from where focus last was, so it is put on a mark at the very top of the page.
  const start = document.createElement('span');
  start.tabIndex = -1;
  start.id = 'kb-start';
  document.body.prepend(start);
  start.focus();
  return expected;
}

/**
 * Tabs through the page from its top and returns what a keyboard user would trip on: a control never
 * reached, a control reached with no visible or no contrasting focus indicator, or focus stuck.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardFinding[]> {
  const expected = await page.evaluate(mark);
  const read = () => page.evaluate(() => (window as unknown as { __kbVisits: Visit[] }).__kbVisits);
  let visits: Visit[] = [];
  let reached = new Set<string | null>();
  // Stops the browser makes of its own (a scrolling box) come on top of the marked controls, so
  // Tab goes on in rounds until all are reached or the page has been gone round more than twice.
  for (let round = 0, presses = 0; round < 6 && presses <= 2 * expected.length + 20; round++) {
    const left = expected.filter((e) => !reached.has(e.kb)).length;
    if (left === 0 && round > 0) break;
    for (let i = 0; i < left + 3; i++, presses++) {
      await page.keyboard.press('Tab');
      await page.evaluate(() => (window as unknown as { __kbProbe: () => void }).__kbProbe());
    }
    visits = await read();
    reached = new Set(visits.map((v) => v.kb));
  }
  await page.evaluate(() => {
    document.getElementById('kb-start')?.remove();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  const findings: KeyboardFinding[] = [];
  for (const e of expected)
    if (!reached.has(e.kb)) findings.push({ what: e.what, problem: 'is never reached with Tab' });
  const seen = new Set<string>();
  for (const v of visits) {
    if (!v.problem || seen.has(v.what)) continue;
    seen.add(v.what);
    findings.push({ what: v.what, problem: v.problem });
  }
  if (expected.length > 0 && visits.length === 0)
    findings.push({ what: 'the page', problem: 'Tab moves focus nowhere' });
  return findings;
}
