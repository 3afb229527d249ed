// A built-in template's texts in one more language, keyed as the translation round trip keys them
// (surveys/transfer/texts.ts: `title`, `question.<id>.text`, `question.<id>.option.<value>` ...), for
// each template id. A new published version of each template carries them (surveys/index.ts); the
// versions already published stay frozen.
import type { WordsOrigin } from '../../words/types.js';

export interface TemplateTranslation {
  origin: WordsOrigin;
  texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
