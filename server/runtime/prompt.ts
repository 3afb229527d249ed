/** Asking for a password at the terminal (without echo) or reading it from a pipe, for the CLI. */
import { createInterface } from 'node:readline';

/** A password typed at a terminal without echo; Ctrl-C or Ctrl-D cancels. */
function promptHidden(label: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(label);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return (finish(), resolve(value));
        if (ch === '\u0003' || ch === '\u0004') return (finish(), reject(new Error('Cancelled.')));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of stdin, for scripts: `echo "$PASSWORD" | npm run cli -- create-admin ...`. */
async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

/** Asks twice at a terminal; reads one line when stdin is a pipe or a file. */
export async function askPassword(minLength: number): Promise<string> {
  if (!process.stdin.isTTY) return readLine();
  const first = await promptHidden(`Password (at least ${minLength} characters): `);
  if (first.length < minLength) return first; // validation explains what is wrong
  if ((await promptHidden('Same password again: ')) !== first) throw new Error('The passwords do not match.');
  return first;
}
