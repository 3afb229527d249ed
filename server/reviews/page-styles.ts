/**
 * Styles of the printable review, inline (the CSP allows inline styles, and nothing is fetched). The
 * content is at most 180 mm wide, so it fits Letter and A4 alike; `?paper=` only names the sheet size.
 */
export const reviewCss = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:0;background:#f6f7f9}
main{max-width:180mm;margin:0 auto;padding:16px;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.25em;margin:1.4em 0 .4em;border-bottom:2px solid #2b5d8a;padding-bottom:2px}
h3{font-size:1.05em;margin:1em 0 .3em}
.meta,.muted,.note{color:#57606a}.note{font-size:.9em}
.badge{display:inline-block;padding:1px 8px;border-radius:9px;font-size:.8em;font-weight:600;border:1px solid}
.final{color:#1a7f37;border-color:#1a7f37}.live{color:#9a6700;border-color:#9a6700}
table{border-collapse:collapse;width:100%;margin:.3em 0 .8em;font-size:.92em}
th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #d0d7de;vertical-align:top}
th{background:#f0f3f6}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.hidden-cell{color:#57606a;font-style:italic}
.up{color:#1a7f37}.down{color:#cf222e}.flag{font-weight:700}
.met{color:#1a7f37;font-weight:600}.not_met{color:#cf222e;font-weight:600}.not_enough_responses{color:#57606a}
.chart{width:100%;height:auto;margin:.2em 0}
.chart text{font-size:11px;fill:#1b1f24}.chart .axis{font-size:10px;fill:#57606a}.chart .muted{fill:#57606a;font-style:italic}
.chart .label{font-size:10px}
figure.chart-fig{margin:.4em 0 .8em}figure.trend{width:48%;display:inline-block;vertical-align:top}
.chart-title{font-weight:600;font-size:.92em}.dist-fig .chart-title{font-weight:400}
.dist{width:100%;height:auto;display:block}
.legend{list-style:none;padding:0;margin:.2em 0;display:flex;flex-wrap:wrap;gap:.1em 1em;font-size:.82em}
.legend li{display:flex;align-items:center;gap:.3em}.legend-note{font-size:.82em;color:#57606a;margin:.2em 0}
.swatch{flex:none;border:1px solid #8a94a3}.legend-symbol{display:inline-block;width:20px;text-align:center;font-weight:700}
.q{margin:.5em 0;break-inside:avoid}.q small{color:#57606a}
.measure-group h4{margin:.8em 0 .2em;font-size:1em}
.key{border:1px solid #d0d7de;padding:.2em .8em;margin:.8em 0}.key h2{border:0;margin:.3em 0;font-size:1.05em}
.key dl{display:grid;grid-template-columns:5em 1fr;gap:.1em .6em;margin:.2em 0;font-size:.9em}.key dt{font-weight:700}.key dd{margin:0}
.provisional-note,.overdue-note{border-left:4px solid #8a5a00;background:#fff8e6;padding:.3em .7em}
.provisional{color:#6b4600}.cell-interval{font-size:.82em;color:#57606a}
caption{text-align:left;font-weight:600;padding:2px 0}
tr.overdue td{background:#fff3f3}.overdue-flag{color:#a4161a;text-transform:uppercase;font-size:.8em}
blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #d0d7de;color:#333}
nav.contents{margin:.6em 0}
nav a{margin-right:1em}
@media print{
  body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}nav{display:none}
  h2,h3,h4{break-after:avoid}table,tr,.q,figure,svg,blockquote,.key{break-inside:avoid}
  .provisional-note,.overdue-note,tr.overdue td{-webkit-print-color-adjust:exact;print-color-adjust:exact}section.template{break-before:page}
  a{color:inherit;text-decoration:none}
}
`;

/** The sheet size, when the reader picked one; otherwise the printer's default fits too. */
export function pageRule(paper: 'letter' | 'a4' | null): string {
  const size = paper === 'a4' ? 'size:A4;' : paper === 'letter' ? 'size:letter;' : '';
  return `@page{${size}margin:14mm 14mm 16mm}`;
}
