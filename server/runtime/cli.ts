/**
 * `npm run cli -- <command>`: the jobs a person scripts. Thin: it parses arguments, reads and writes
 * files and prints; the work is done by the same domain functions the API calls. Errors print one
 * line on stderr and exit 1, never a stack trace. The commands live in cli/, one file per area.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import { backupCommands } from './cli/backup-commands.ts';
import { campaignCommands } from './cli/campaign-commands.ts';
import { contactCommands } from './cli/contact-commands.ts';
import { eraseCommands } from './cli/erase-commands.ts';
import { retentionCommands } from './cli/retention-commands.ts';
import { reviewCommands } from './cli/review-commands.ts';
import { setupCommands } from './cli/setup-commands.ts';
import { tokenCommands } from './cli/token-commands.ts';
import { CliError, closeDeps, out, warn, type Command, type Values } from './cli/shell.ts';

const commands: Record<string, Command> = {
  ...setupCommands,
  ...contactCommands,
  ...eraseCommands,
  ...campaignCommands,
  ...reviewCommands,
  ...retentionCommands,
  ...tokenCommands,
  ...backupCommands,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  return [
    'Sector Voice command-line tool.',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)} ${c.summary}`),
    '',
    'Run `npm run cli -- <command> --help` for the options of one command.',
    'Environment: DATABASE_PATH (default data/survey.db), PUBLIC_URL (default http://localhost:8787).',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [
    `${c.summary}.`,
    '',
    `Usage: npm run cli -- ${c.usage}`,
    ...(c.details ? ['', c.details] : []),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const c = topic && Object.hasOwn(commands, topic) ? commands[topic] : undefined;
    out(c ? commandHelp(c) : usage());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new CliError(`Unknown command "${name}". Run \`npm run cli -- --help\` for the list.`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out(commandHelp(command));
    return 0;
  }
  // A name ending in '?' is optional (`tokens revoke <tokenId>` beside `tokens list`).
  const wanted = command.positionals ?? [];
  const needed = wanted.filter((p) => !p.endsWith('?')).length;
  if (positionals.length < needed || positionals.length > wanted.length) {
    throw new CliError(`Usage: npm run cli -- ${command.usage}`);
  }
  return (await command.run(values as Values, positionals)) ?? 0;
}

function oneLine(err: unknown): string {
  if (err instanceof AppError) {
    const details = Array.isArray(err.details)
      ? (err.details as { path?: string; message?: string }[])
          .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
          .join('; ')
      : '';
    return details ? `${err.message} ${details}` : err.message;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    warn(`error: ${oneLine(err).replace(/\s*\n\s*/g, ' ')}`);
    process.exitCode = 1;
  })
  .finally(() => closeDeps());
