/** CLI command for API tokens: list them, make one for a user, revoke one. */
import { createApiTokenBody, tokenDays } from '../../auth/contract.ts';
import { findUserForLogin } from '../../auth/users.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../auth/tokens.ts';
import { recordAudit } from '../../audit/record.ts';
import { CliError, deps, out, systemAdmin, warn, zodLine, type Command, type Values } from './shell.ts';

async function userByEmail(email: unknown) {
  if (typeof email !== 'string') throw new CliError('Name the token’s owner: --user you@example.org');
  const user = await findUserForLogin(deps(), email);
  if (!user) throw new CliError(`No user with the email ${email}.`);
  return user;
}

async function list(values: Values) {
  const d = deps();
  const only = values.user === undefined ? undefined : (await userByEmail(values.user)).id;
  const tokens = await listApiTokens(d, systemAdmin, only);
  if (tokens.length === 0) out('No API tokens.');
  const now = d.clock.now().toISOString();
  for (const t of tokens) {
    const expires = `${t.expiresAt <= now ? 'expired' : 'expires'} ${t.expiresAt.slice(0, 10)}`;
    out(
      `${t.id}  ${t.name.padEnd(24)} ${t.owner.email.padEnd(28)} created ${t.createdAt.slice(0, 10)}  ${expires}  last used ${t.lastUsedOn ?? 'never'}`,
    );
  }
}

async function create(values: Values) {
  const owner = await userByEmail(values.user);
  const parsed = createApiTokenBody.safeParse({
    name: values.name,
    ...(values.days !== undefined && { expiresInDays: Number(values.days) }),
  });
  if (!parsed.success) throw new CliError(zodLine(parsed.error));
  const made = await createApiToken(deps(), owner, parsed.data);
  await recordAudit(deps(), {
    actor: { kind: 'cli' },
    action: 'token.create',
    object: { kind: 'api_token', id: made.id },
    detail: { name: made.name, expiresAt: made.expiresAt, owner: owner.id },
  });
  // The token alone on stdout, so a script can capture it; the rest on stderr.
  out(made.token);
  warn(
    `Made API token ${made.id} "${made.name}" for ${owner.email}, expiring ${made.expiresAt.slice(0, 10)}. ` +
      'It is shown only now: keep it somewhere safe.',
  );
}

export const tokenCommands: Record<string, Command> = {
  tokens: {
    summary: 'List, make or revoke API tokens (for scripts: Authorization: Bearer <token>)',
    usage:
      'tokens (list [--user <email>] | create --user <email> --name <name> [--days <n>] | revoke <tokenId>)',
    details:
      'list shows every token (or one user’s) with its owner, when it was made, when it expires and\n' +
      'the day it was last used; never the token itself, which only its hash is kept for.\n' +
      `create makes a token for that user, valid for --days days (default ${tokenDays.default}, at most ${tokenDays.max}),\n` +
      'and prints it once on stdout. revoke deletes a token by id; it stops working at once.',
    options: { user: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' } },
    positionals: ['action', 'tokenId?'],
    async run(values, [action, tokenId]) {
      if (action === 'revoke') {
        if (tokenId === undefined) throw new CliError('Name the token to revoke: tokens revoke <tokenId>');
        await revokeApiToken(deps(), systemAdmin, tokenId);
        const object = { kind: 'api_token', id: tokenId };
        await recordAudit(deps(), { actor: { kind: 'cli' }, action: 'token.revoke', object });
        out(`Revoked API token ${tokenId}; it no longer works.`);
        return;
      }
      if (action !== 'list' && action !== 'create')
        throw new CliError(`Unknown tokens action "${action}": use list, create or revoke.`);
      if (tokenId !== undefined) throw new CliError(`tokens ${action} takes no token id.`);
      await (action === 'list' ? list(values) : create(values));
    },
  },
};
