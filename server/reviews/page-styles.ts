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
.chart{width:100%;height:auto;margin:.2em 0}.trend{width:48%;display:inline-block;vertical-align:top}
.chart text{font-size:11px;fill:#1b1f24}.chart .axis{font-size:10px;fill:#57606a}.chart .muted{fill:#57606a;font-style:italic}
.grid{stroke:#e1e4e8;stroke-width:1}.good{stroke:#1a7f37;stroke-dasharray:4 3;stroke-width:1.5}
.bar{fill:#8fb3d9}.good-bar{fill:#5aa469}.ci{stroke:#1b1f24;stroke-width:1.5}.line{fill:none;stroke:#2b5d8a;stroke-width:2}.dot{fill:#2b5d8a}
.dist{width:100%;height:14px;display:block}
.shade0{fill:#b35806}.shade1{fill:#e08214}.shade2{fill:#fdb863}.shade3{fill:#d8daeb}.shade4{fill:#8073ac}.shade5{fill:#542788}
.shade6{fill:#3f6fa0}.shade7{fill:#5aa469}.shade8{fill:#2e7d32}.shade9{fill:#1b5e20}.shade10{fill:#0b3d0f}
.q{margin:.5em 0;break-inside:avoid}.q small{color:#57606a}
blockquote{margin:.3em 0;padding:.2em .8em;border-left:3px solid #d0d7de;color:#333}
nav a{margin-right:1em}
@media print{
  body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}nav{display:none}
  h2{break-after:avoid}table,tr,.q,svg,blockquote{break-inside:avoid}section.template{break-before:page}
  a{color:inherit;text-decoration:none}
}
`;

/** The sheet size, when the reader picked one; otherwise the printer's default fits too. */
export function pageRule(paper: 'letter' | 'a4' | null): string {
  const size = paper === 'a4' ? 'size:A4;' : paper === 'letter' ? 'size:letter;' : '';
  return `@page{${size}margin:14mm 14mm 16mm}`;
}
