import Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ItuRegion } from '../countries/itu-region';
import type { Role } from './principal';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS auth_users (
    name          TEXT PRIMARY KEY,
    roles         TEXT NOT NULL,
    regions       TEXT NOT NULL,
    countries     TEXT NOT NULL,
    password_hash TEXT,
    created_at    TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS auth_tokens (
    id         TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES auth_users(name),
    token_hash TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
  );
  CREATE TABLE IF NOT EXISTS auth_sessions (
    id_hash    TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES auth_users(name),
    csrf_token TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
`;

export type UserAccount = { name: string; roles: Role[]; regions: ItuRegion[]; countries: string[]; createdAt: string; hasPassword: boolean };
export type NewUserAccount = Omit<UserAccount, 'createdAt' | 'hasPassword'> & { passwordHash?: string };
export type ApiTokenInfo = { id: string; user: string; label: string; createdAt: string; expiresAt: string | null; revokedAt: string | null };
export type IssuedToken = ApiTokenInfo & { token: string };
export type StoredSession = { user: UserAccount; csrfToken: string };

type UserRow = { name: string; roles: string; regions: string; countries: string; password_hash: string | null; created_at: string };
type TokenRow = { id: string; user_name: string; label: string; created_at: string; expires_at: string | null; revoked_at: string | null };

export const TOKEN_PREFIX = 'tat_';

/** Secrets (API tokens, session ids) are random and long, so a plain SHA-256 is enough to store them; passwords get argon2. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

const toUser = (row: UserRow): UserAccount => ({
  name: row.name,
  roles: JSON.parse(row.roles) as Role[],
  regions: JSON.parse(row.regions) as ItuRegion[],
  countries: JSON.parse(row.countries) as string[],
  createdAt: row.created_at,
  hasPassword: row.password_hash !== null,
});

/** A remembered user is handed to many requests at once: none of them may change it. */
const frozen = (user: UserAccount): UserAccount => {
  Object.freeze(user.roles);
  Object.freeze(user.regions);
  Object.freeze(user.countries);
  return Object.freeze(user);
};

const toToken = (row: TokenRow): ApiTokenInfo => ({
  id: row.id,
  user: row.user_name,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

export class UserAlreadyExists extends Error {}

/**
 * How long the owner of a token is remembered once read. Every API request asks who its token belongs to,
 * and the SQLite read behind it took a tenth of the server's time for a country's status. A token revoked
 * through this store is forgotten at once; one revoked by another process (`npm run user -- revoke-token`) stops
 * working within this time.
 */
export const TOKEN_OWNER_MEMORY_MS = 1000;
export const TOKEN_OWNERS_REMEMBERED = 1000;

type RememberedOwner = { user: UserAccount; until: number };

/** Users, their API tokens and web sessions, in tables of the service's SQLite file (never in the event log). */
export class UserAccountStore {
  private readonly db: Database.Database;
  private tokenOwner: Database.Statement | undefined;
  /** By the token itself, which the request holds anyway: hashing it took as long as the rest of a remembered lookup. */
  private readonly tokenOwners = new Map<string, RememberedOwner>();

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  userCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS count FROM auth_users').get() as { count: number }).count;
  }

  addUser(user: NewUserAccount, now = new Date()): UserAccount {
    if (this.findUser(user.name)) throw new UserAlreadyExists(`A user called "${user.name}" already exists`);
    this.db
      .prepare('INSERT INTO auth_users (name, roles, regions, countries, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(user.name, JSON.stringify(user.roles), JSON.stringify(user.regions), JSON.stringify(user.countries), user.passwordHash ?? null, now.toISOString());
    return this.findUser(user.name)!;
  }

  findUser(name: string): UserAccount | undefined {
    const row = this.db.prepare('SELECT * FROM auth_users WHERE name = ?').get(name) as UserRow | undefined;
    return row && toUser(row);
  }

  passwordHashOf(name: string): string | undefined {
    const row = this.db.prepare('SELECT password_hash FROM auth_users WHERE name = ?').get(name) as { password_hash: string | null } | undefined;
    return row?.password_hash ?? undefined;
  }

  setPasswordHash(name: string, passwordHash: string): void {
    this.db.prepare('UPDATE auth_users SET password_hash = ? WHERE name = ?').run(passwordHash, name);
    this.db.prepare('DELETE FROM auth_sessions WHERE user_name = ?').run(name);
  }

  listUsers(): UserAccount[] {
    return (this.db.prepare('SELECT * FROM auth_users ORDER BY name').all() as UserRow[]).map(toUser);
  }

  issueToken(user: string, label: string, expiresAt?: Date, now = new Date()): IssuedToken {
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO auth_tokens (id, user_name, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, user, secretHash(token), label, now.toISOString(), expiresAt?.toISOString() ?? null);
    return { ...this.tokenInfo(id)!, token };
  }

  tokenInfo(id: string): ApiTokenInfo | undefined {
    const row = this.db.prepare('SELECT * FROM auth_tokens WHERE id = ?').get(id) as TokenRow | undefined;
    return row && toToken(row);
  }

  listTokens(user?: string): ApiTokenInfo[] {
    const rows = user
      ? this.db.prepare('SELECT * FROM auth_tokens WHERE user_name = ? ORDER BY created_at').all(user)
      : this.db.prepare('SELECT * FROM auth_tokens ORDER BY user_name, created_at').all();
    return (rows as TokenRow[]).map(toToken);
  }

  /** The user of a valid (unrevoked, unexpired) token, remembered for TOKEN_OWNER_MEMORY_MS or until it expires. */
  userOfToken(token: string, now = new Date()): UserAccount | undefined {
    const remembered = this.tokenOwners.get(token);
    if (remembered && remembered.until > now.getTime()) return remembered.user;
    this.tokenOwners.delete(token);
    this.tokenOwner ??= this.db.prepare(
      `SELECT u.*, t.expires_at AS token_expires_at FROM auth_tokens t JOIN auth_users u ON u.name = t.user_name
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)`,
    );
    const row = this.tokenOwner.get(secretHash(token), now.toISOString()) as (UserRow & { token_expires_at: string | null }) | undefined;
    if (!row) return undefined;
    const user = frozen(toUser(row));
    const expiresAt = row.token_expires_at === null ? Infinity : Date.parse(row.token_expires_at);
    if (this.tokenOwners.size >= TOKEN_OWNERS_REMEMBERED) this.tokenOwners.delete(this.tokenOwners.keys().next().value!);
    this.tokenOwners.set(token, { user, until: Math.min(now.getTime() + TOKEN_OWNER_MEMORY_MS, expiresAt) });
    return user;
  }

  revokeToken(id: string, now = new Date()): ApiTokenInfo | undefined {
    this.tokenOwners.clear();
    this.db.prepare('UPDATE auth_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id);
    return this.tokenInfo(id);
  }

  createSession(user: string, expiresAt: Date): { sessionId: string; csrfToken: string } {
    const sessionId = newSecret();
    const csrfToken = newSecret();
    this.db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?').run(new Date().toISOString());
    this.db
      .prepare('INSERT INTO auth_sessions (id_hash, user_name, csrf_token, expires_at) VALUES (?, ?, ?, ?)')
      .run(secretHash(sessionId), user, csrfToken, expiresAt.toISOString());
    return { sessionId, csrfToken };
  }

  findSession(sessionId: string, now = new Date()): StoredSession | undefined {
    const row = this.db
      .prepare(
        `SELECT u.*, s.csrf_token FROM auth_sessions s JOIN auth_users u ON u.name = s.user_name
         WHERE s.id_hash = ? AND s.expires_at > ?`,
      )
      .get(secretHash(sessionId), now.toISOString()) as (UserRow & { csrf_token: string }) | undefined;
    return row && { user: toUser(row), csrfToken: row.csrf_token };
  }

  endSession(sessionId: string): void {
    this.db.prepare('DELETE FROM auth_sessions WHERE id_hash = ?').run(secretHash(sessionId));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
