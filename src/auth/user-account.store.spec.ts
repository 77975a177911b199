import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_OWNER_MEMORY_MS, TOKEN_OWNERS_REMEMBERED, UserAccountStore } from './user-account.store';

describe('UserAccountStore: the owner of a token', () => {
  let directory: string;
  let path: string;
  let store: UserAccountStore;
  const now = new Date('2026-11-24T10:00:00.000Z');
  const later = (milliseconds: number) => new Date(now.getTime() + milliseconds);

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ta-tracker-accounts-'));
    path = join(directory, 'tracker.db');
    store = new UserAccountStore(path);
    store.addUser({ name: 'officer', roles: ['officer'], regions: ['AFR'], countries: [] });
  });

  afterEach(() => {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('is found for a valid token and not for an unknown one', () => {
    const { token } = store.issueToken('officer', 'laptop', undefined, now);
    expect(store.userOfToken(token, now)).toMatchObject({ name: 'officer', roles: ['officer'], regions: ['AFR'] });
    expect(store.userOfToken(`${token}x`, now)).toBeUndefined();
  });

  it('is forgotten at once when the token is revoked through the same store', () => {
    const { token, id } = store.issueToken('officer', 'laptop', undefined, now);
    expect(store.userOfToken(token, now)?.name).toBe('officer');
    store.revokeToken(id, now);
    expect(store.userOfToken(token, later(1))).toBeUndefined();
  });

  it('is remembered for at most TOKEN_OWNER_MEMORY_MS after another process revoked the token', () => {
    const { token, id } = store.issueToken('officer', 'laptop', undefined, now);
    expect(store.userOfToken(token, now)?.name).toBe('officer');
    const otherProcess = new UserAccountStore(path);
    otherProcess.revokeToken(id, now);
    otherProcess.close();
    expect(store.userOfToken(token, later(TOKEN_OWNER_MEMORY_MS - 1))?.name).toBe('officer');
    expect(store.userOfToken(token, later(TOKEN_OWNER_MEMORY_MS))).toBeUndefined();
  });

  it('is not remembered past the moment the token expires', () => {
    const { token } = store.issueToken('officer', 'laptop', later(TOKEN_OWNER_MEMORY_MS / 2), now);
    expect(store.userOfToken(token, now)?.name).toBe('officer');
    expect(store.userOfToken(token, later(TOKEN_OWNER_MEMORY_MS / 2))).toBeUndefined();
  });

  it('is shared between requests as a value no request can change', () => {
    const { token } = store.issueToken('officer', 'laptop', undefined, now);
    const user = store.userOfToken(token, now)!;
    expect(store.userOfToken(token, now)).toBe(user);
    expect(() => (user.roles as string[]).push('admin')).toThrow(TypeError);
    expect(store.userOfToken(token, now)?.roles).toEqual(['officer']);
  });

  it('keeps at most TOKEN_OWNERS_REMEMBERED owners, still answering for the tokens it let go', () => {
    const tokens = Array.from({ length: TOKEN_OWNERS_REMEMBERED + 1 }, (_, index) => store.issueToken('officer', `token ${index}`, undefined, now).token);
    for (const token of tokens) expect(store.userOfToken(token, now)?.name).toBe('officer');
    const first = tokens[0];
    const revokedMeanwhile = new UserAccountStore(path);
    revokedMeanwhile.revokeToken(revokedMeanwhile.listTokens('officer')[0].id, now);
    revokedMeanwhile.close();
    expect(store.userOfToken(first, later(1))).toBeUndefined();
    expect(store.userOfToken(tokens[tokens.length - 1], later(1))?.name).toBe('officer');
  });
});
