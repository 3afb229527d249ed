// ICU MessageFormat text to what the formatter runs. The dashboard's build does this once per message
// (scripts/vite-messages.ts), so the browser never downloads the parser; the server does it on first
// use. A message without arguments, tags or plurals stays a plain string and is never parsed again.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Compiled = string | MessageFormatElement[];

/** Messages with none of ICU's syntax characters are their own output. */
export const isPlain = (message: string) => !/[{}<]/.test(message);

export function compileMessage(message: string): Compiled {
  return isPlain(message) ? message : parse(message, { shouldParseSkeletons: true });
}

export function compileCatalogue(messages: Record<string, string>): Record<string, Compiled> {
  const out: Record<string, Compiled> = {};
  for (const [key, message] of Object.entries(messages)) {
    try {
      out[key] = compileMessage(message);
    } catch (e) {
      throw new Error(`message "${key}" is not ICU MessageFormat: ${(e as Error).message}`);
    }
  }
  return out;
}
