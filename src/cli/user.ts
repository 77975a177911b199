import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomPassword } from '../auth/initial-users.service';
import { UserAccountStore } from '../auth/user-account.store';
import { createUser, hashPassword, MIN_PASSWORD_LENGTH } from '../auth/user-accounts';
import { configFromEnv } from '../config/app-config';
import { CountryDirectory } from '../countries/country-directory';
import { InvalidFields } from '../shared/domain-errors';

export const USER_CLI_USAGE = [
  'Usage:',
  '  npm run user -- add --name <name> --role officer|manager|admin[,...] [--regions AFR,EUR] [--countries MLT,BHS] [--password-stdin]',
  '  npm run user -- token --name <name> [--label <text>] [--expires-days <n>]',
  '  npm run user -- revoke-token --id <token id>',
  '  npm run user -- password --name <name> [--password-stdin]',
  '  npm run user -- list',
  'Without --password-stdin a random password is generated and printed once.',
].join('\n');

const OPTIONS: Record<string, string[]> = {
  add: ['name', 'role', 'roles', 'regions', 'countries', 'password-stdin'],
  token: ['name', 'label', 'expires-days'],
  'revoke-token': ['id'],
  password: ['name', 'password-stdin'],
  list: [],
};
const FLAGS = ['password-stdin'];
const DAY_MS = 24 * 60 * 60 * 1000;

export class UserCliError extends Error {}

export function parseUserArguments(argv: readonly string[]): { command: string; options: Map<string, string> } {
  const [command, ...rest] = argv;
  if (!command || !(command in OPTIONS)) throw new UserCliError(USER_CLI_USAGE);
  const options = new Map<string, string>();
  for (let index = 0; index < rest.length; index++) {
    const [name, inline] = rest[index].replace(/^--/, '').split(/=(.*)/s, 2);
    if (!rest[index].startsWith('--') || !OPTIONS[command].includes(name)) throw new UserCliError(`Unknown option ${rest[index]}\n${USER_CLI_USAGE}`);
    const value = FLAGS.includes(name) ? 'true' : (inline ?? rest[++index]);
    if (value === undefined || value === '') throw new UserCliError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { command, options };
}

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

function required(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (value === undefined) throw new UserCliError(`--${name} is required\n${USER_CLI_USAGE}`);
  return value;
}

/** Runs one command against the user tables of the store file; returns what to print. */
export async function runUserCommand(argv: readonly string[], sqlitePath: string, readSecret: () => string): Promise<string> {
  const { command, options } = parseUserArguments(argv);
  mkdirSync(dirname(sqlitePath), { recursive: true });
  const accounts = new UserAccountStore(sqlitePath);
  try {
    const password = () => (options.has('password-stdin') ? readSecret().replace(/\r?\n$/, '') : randomPassword());
    switch (command) {
      case 'add': {
        const secret = password();
        const user = await createUser(accounts, new CountryDirectory(), {
          name: required(options, 'name'),
          roles: list(options.get('role') ?? options.get('roles')),
          regions: list(options.get('regions')),
          countries: list(options.get('countries')),
          password: secret,
        });
        const scope = [...user.regions, ...user.countries].join(', ') || 'no region';
        const shown = options.has('password-stdin') ? '' : `\nPassword (shown only now): ${secret}`;
        return `Added ${user.name} (${user.roles.join(', ')}; ${scope})${shown}`;
      }
      case 'token': {
        const name = required(options, 'name');
        if (!accounts.findUser(name)) throw new UserCliError(`There is no user called "${name}"`);
        const days = options.has('expires-days') ? Number(options.get('expires-days')) : undefined;
        if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new UserCliError('--expires-days must be a positive whole number');
        const issued = accounts.issueToken(name, options.get('label') ?? 'API token', days ? new Date(Date.now() + days * DAY_MS) : undefined);
        return `Token ${issued.id} for ${name} (shown only now; send it as "Authorization: Bearer <token>"):\n${issued.token}`;
      }
      case 'revoke-token': {
        const revoked = accounts.revokeToken(required(options, 'id'));
        if (!revoked) throw new UserCliError(`There is no API token ${options.get('id')}`);
        return `Revoked token ${revoked.id} of ${revoked.user}`;
      }
      case 'password': {
        const name = required(options, 'name');
        if (!accounts.findUser(name)) throw new UserCliError(`There is no user called "${name}"`);
        const secret = password();
        if (secret.length < MIN_PASSWORD_LENGTH) throw new UserCliError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
        accounts.setPasswordHash(name, await hashPassword(secret));
        return `New password for ${name}${options.has('password-stdin') ? '' : ` (shown only now): ${secret}`}; its sessions were ended`;
      }
      default:
        return accounts
          .listUsers()
          .map((user) => `${user.name}\t${user.roles.join(',')}\t${[...user.regions, ...user.countries].join(',') || '-'}`)
          .join('\n');
    }
  } finally {
    accounts.close();
  }
}

async function main(): Promise<void> {
  const output = await runUserCommand(process.argv.slice(2), configFromEnv().sqlitePath, () => readFileSync(0, 'utf8'));
  console.log(output);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const message = error instanceof InvalidFields ? error.errors.flatMap((e) => e.messages).join('\n') : error instanceof Error ? error.message : String(error);
    console.error(message);
    process.exitCode = 1;
  });
}
