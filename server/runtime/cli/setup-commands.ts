/** CLI commands that set a server up: the first admin, the demo, migrations. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { recordAudit } from '../../audit/record.ts';
import { countUsers, createFirstAdmin } from '../../auth/users.ts';
import { ensureDemoAdmin } from '../../demo/admin.ts';
import { loadDemo } from '../../demo/demo.ts';
import { demoReport } from '../../demo/report.ts';
import { AppError } from '../../errors.ts';
import { askPassword } from '../prompt.ts';
import { migrate } from '../sqlite.ts';
import { createUser } from '../../staff/accounts.ts';
import { createUserBody } from '../../staff/contract.ts';
import { CliError, deps, out, zodLine, type Command } from './shell.ts';

export const setupCommands: Record<string, Command> = {
  'create-admin': {
    summary: 'Create an admin account',
    usage: 'create-admin --email <email> [--name <name>] [--password <password>]',
    details:
      'Without --password, asks for it at a terminal (not echoed) or reads one line from stdin.\n' +
      'The first account on a new server is made with the same rule as the set-up page.',
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
    async run(values) {
      if (typeof values.email !== 'string')
        throw new CliError('Give the admin an email: --email you@example.org');
      const password = typeof values.password === 'string' ? values.password : await askPassword(12);
      const parsed = createUserBody.safeParse({
        email: values.email,
        name: typeof values.name === 'string' ? values.name : 'Administrator',
        password,
        role: 'admin',
      });
      if (!parsed.success) throw new CliError(zodLine(parsed.error));
      const d = deps();
      let user;
      try {
        if ((await countUsers(d)) > 0) throw new AppError('ALREADY_SET_UP', 'users exist');
        user = await createFirstAdmin(d, parsed.data);
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'ALREADY_SET_UP')) throw err;
        user = await createUser(d, parsed.data);
      }
      await recordAudit(d, {
        actor: { kind: 'cli' },
        action: 'user.create',
        object: { kind: 'user', id: user.id },
        detail: { role: 'admin' },
      });
      out(`Created admin ${user.email}. Sign in at ${d.config.publicUrl}`);
    },
  },

  demo: {
    summary: 'Load the demo partnership and print links to try it',
    usage: 'demo [--seed <n>] [--force]',
    details:
      'Adds "River Valley Advanced Manufacturing Partnership": 9 organizations, about 200 workers,\n' +
      'a year of answered quarterly campaigns and an open one. --seed picks other people and answers\n' +
      '(default 1); --force adds another copy when the demo is already loaded.',
    options: { seed: { type: 'string' }, force: { type: 'boolean' } },
    async run(values) {
      const seed = values.seed === undefined ? 1 : Number(values.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError('--seed takes a whole number, such as 7.');
      const d = deps();
      const started = performance.now();
      const demo = await loadDemo(d, { seed, force: values.force === true }).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'CONFLICT') {
          throw new CliError(`${err.message} Run with --force to add another copy.`);
        }
        throw err;
      });
      const admin = await ensureDemoAdmin(d);
      const seconds = (performance.now() - started) / 1000;
      for (const line of demoReport(demo, admin, d.config.publicUrl, seconds)) out(line);
    },
  },

  migrate: {
    summary: 'Apply database migrations',
    usage: 'migrate',
    async run() {
      const path = process.env.DATABASE_PATH ?? 'data/survey.db';
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const raw = new Database(path);
      try {
        const ran = migrate(raw);
        if (ran.length === 0) out(`Database ${path} is up to date.`);
        else for (const name of ran) out(`applied ${name}`);
      } finally {
        raw.close();
      }
    },
  },
};
