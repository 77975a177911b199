import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserAccountStore } from '../auth/user-account.store';
import { passwordMatches } from '../auth/user-accounts';
import { runUserCommand } from './user';

describe('npm run user', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ta-tracker-users-'));
    path = join(dir, 'tracker.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const inStore = <T>(read: (store: UserAccountStore) => T): T => {
    const store = new UserAccountStore(path);
    try {
      return read(store);
    } finally {
      store.close();
    }
  };

  it('adds an officer for two regions with a random password shown once, which then signs in', async () => {
    const output = await runUserCommand(['add', '--name', 'amina', '--role', 'officer', '--regions', 'AFR,eur', '--countries', 'mt'], path, () => '');
    const password = /Password \(shown only now\): (\S+)/.exec(output)![1];
    expect(output).toContain('Added amina (officer; AFR, EUR, MLT)');
    const store = new UserAccountStore(path);
    try {
      expect(await passwordMatches(store, 'amina', password)).toMatchObject({ name: 'amina', roles: ['officer'], regions: ['AFR', 'EUR'], countries: ['MLT'] });
      expect(await passwordMatches(store, 'amina', 'wrong password!')).toBeUndefined();
    } finally {
      store.close();
    }
  });

  it('reads the password from stdin when asked and never prints it', async () => {
    const output = await runUserCommand(['add', '--name=boss', '--role=admin', '--password-stdin'], path, () => 'a long enough secret\n');
    expect(output).not.toContain('a long enough secret');
    expect(inStore((store) => store.passwordHashOf('boss'))).toMatch(/^\$argon2/);
  });

  it('issues a token shown once and stored only as a hash, and revokes it', async () => {
    await runUserCommand(['add', '--name', 'script', '--role', 'manager'], path, () => '');
    const output = await runUserCommand(['token', '--name', 'script', '--label', 'nightly'], path, () => '');
    const token = output.split('\n')[1];
    const id = /Token (\S+)/.exec(output)![1];
    expect(inStore((store) => store.userOfToken(token)?.name)).toBe('script');
    expect(await runUserCommand(['revoke-token', '--id', id], path, () => '')).toBe(`Revoked token ${id} of script`);
    expect(inStore((store) => store.userOfToken(token))).toBeUndefined();
  });

  it('refuses unknown roles, regions and options with a clear message', async () => {
    await expect(runUserCommand(['add', '--name', 'x', '--role', 'boss'], path, () => '')).rejects.toMatchObject({
      errors: [{ field: 'roles', messages: ['roles must be one or more of officer, manager, admin'] }],
    });
    await expect(runUserCommand(['add', '--name', 'x', '--role', 'officer', '--regions', 'MARS'], path, () => '')).rejects.toMatchObject({
      errors: [{ field: 'regions', messages: [expect.stringContaining('MARS')] }],
    });
    await expect(runUserCommand(['add', '--colour', 'red'], path, () => '')).rejects.toThrow('Unknown option --colour');
    await expect(runUserCommand(['delete-everything'], path, () => '')).rejects.toThrow('Usage:');
  });
});
