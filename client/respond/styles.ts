// The respondent page's whole stylesheet, inlined so a first visit on a slow prepaid connection costs
// one request. System fonts only: nothing is fetched from anyone else. Colors meet WCAG AA (>= 4.5:1
// for text, >= 3:1 for borders), tap targets are at least 44px, and focus is always visible.
// Every side is a logical one (inline-start, not left), so an Arabic page (dir=rtl) mirrors: rows,
// scales and the progress bar run from the right. The font stack names, after the usual system
// fonts, the ones phones and desktops ship for Vietnamese, Simplified Chinese and Arabic, so no
// glyph falls back to a Japanese form or a box.
// It sits under client/ because the dashboard's survey preview draws with it too; the server inlines
// it in every respondent page (server/pages/document.tsx).
export const css = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#eef0f2;color:#1a1a1a;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Noto Sans Arabic","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",Tahoma,sans-serif}
main{max-width:40rem;min-height:100vh;margin:0 auto;padding:1rem;background:#fff}
h1{font-size:1.35rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.2rem;line-height:1.3;margin:1.25rem 0 .5rem}
p{margin:.5rem 0}
a{color:#0b4fa8}
.top{display:flex;justify-content:space-between;align-items:flex-start;gap:.5rem}
.langs{flex:0 1 auto;display:flex;flex-wrap:wrap;justify-content:flex-end;gap:0 .5rem}.lang{flex:none;display:inline-flex;align-items:center;min-height:44px;padding:0 .25rem;font-weight:600}
.note{font-size:.9rem;color:#444;background:#f3f6f9;padding:.5rem .75rem;border-radius:.5rem}
.prog{font-size:.95rem;margin:1rem 0 .25rem}
.bar{height:.5rem;background:#dde1e6;border-radius:.25rem;overflow:hidden}
.bar i{display:block;height:100%;background:#1d4ed8}
fieldset{border:0;margin:0 0 1.75rem;padding:0;min-width:0}
legend{padding:0;margin:0 0 .5rem;font-weight:600}
.tag{font-weight:400;font-size:.85rem;color:#555}
.help,.hint,.count,.ends{font-size:.95rem;color:#444}
.hint{border-inline-start:4px solid #1d4ed8;padding-inline-start:.5rem}
.err{color:#b3261e;font-weight:600}
.bad .opts,.bad .boxes,.bad textarea{border-inline-start:4px solid #b3261e;padding-inline-start:.5rem}
.opt{display:flex;align-items:center;gap:.75rem;min-height:48px;margin:.375rem 0;padding:.5rem .75rem;border:2px solid #767676;border-radius:.5rem;cursor:pointer}
.opt input{flex:none;width:1.5rem;height:1.5rem;margin:0;accent-color:#1d4ed8}
.ends{display:flex;justify-content:space-between;gap:1rem;margin:0 0 .5rem}
.boxes{display:flex;flex-wrap:wrap;gap:.375rem}
.box{position:relative}
.box input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.box span{display:flex;align-items:center;justify-content:center;width:3rem;height:3rem;border:2px solid #767676;border-radius:.5rem;font-weight:600}
.box input:checked+span{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
textarea{display:block;width:100%;padding:.5rem;border:2px solid #767676;border-radius:.5rem;font:inherit}
.opt:focus-within,.box input:focus+span,textarea:focus,button:focus,a:focus,.sum:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.actions{display:flex;flex-direction:column;gap:.75rem;margin:1.5rem 0 1rem}
button{min-height:48px;padding:.6rem 1rem;border:2px solid #1d4ed8;border-radius:.5rem;background:#fff;color:#1d4ed8;font:inherit;font-weight:600;cursor:pointer}
button.primary{background:#1d4ed8;color:#fff}
button.link{border-color:transparent;text-decoration:underline}
button:disabled{opacity:.6}
.sum{margin:1rem 0;padding:.75rem 1rem;border:3px solid #b3261e;border-radius:.5rem}
.sum h2{margin:0 0 .5rem;font-size:1.05rem}
.sum ul{margin:0;padding-inline-start:1.25rem}
.sum li{margin:.25rem 0}
.sum a{color:#b3261e}
.notice{padding:.75rem;border:2px solid #8a6d00;border-radius:.5rem;background:#fff8db}
.msg{padding-top:2rem}
.who{max-width:40rem;margin:0 auto;padding:.5rem 1rem;background:#fff;border-bottom:1px solid #dde1e6;font-size:.95rem;color:#333}
.who p{margin:.25rem 0}
.who a{display:inline-block;padding:.5rem 0;font-weight:600;overflow-wrap:anywhere}
`
  .trim()
  .replace(/\n/g, '');
