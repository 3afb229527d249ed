// A one-page poster of the open link, in English and Spanish: hidden on screen, and the only thing
// on the page when printed from "Print a poster" (the rest of the page prints as usual).
const css = `
.poster { display: none; }
@media print {
  body.print-poster * { visibility: hidden; }
  body.print-poster .poster, body.print-poster .poster * { visibility: visible; }
  body.print-poster .poster {
    display: flex; flex-direction: column; align-items: center; text-align: center;
    position: absolute; left: 0; top: 0; width: 100%; padding: 2cm 1.5cm; color: #000; background: #fff;
  }
  .poster h2 { font-size: 34pt; margin: 0; }
  .poster .es { font-size: 24pt; margin: 0 0 1cm; }
  .poster .code svg { width: 11cm; height: 11cm; }
  .poster p { font-size: 15pt; max-width: 16cm; }
  .poster .url { font-family: monospace; font-size: 13pt; word-break: break-all; }
}`;

/** Prints the poster alone; the page prints as itself again afterwards. */
export function printPoster() {
  document.body.classList.add('print-poster');
  addEventListener('afterprint', () => document.body.classList.remove('print-poster'), { once: true });
  print();
}

export function Poster({ url, svg }: { url: string; svg: string }) {
  return (
    <div class="poster" aria-hidden="true">
      <style>{css}</style>
      <h2>Your voice counts</h2>
      <p class="es" lang="es">
        Su opinión cuenta
      </p>
      <div class="code" dangerouslySetInnerHTML={{ __html: svg }} />
      <p>Scan the code with your phone’s camera to answer a short survey. It is anonymous.</p>
      <p lang="es">
        Escanee el código con la cámara de su teléfono para contestar una breve encuesta. Es anónima.
      </p>
      <p class="url">{url}</p>
    </div>
  );
}
