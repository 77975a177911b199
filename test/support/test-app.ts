import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { Role } from '../../src/auth/principal';
import { UserAccountStore } from '../../src/auth/user-account.store';
import { AppConfig } from '../../src/config/app-config';
import { ITU_REGIONS, ItuRegion } from '../../src/countries/itu-region';

export type TestUser = { roles?: Role[]; regions?: string[]; countries?: string[] };

/** Tests act as a user who holds every role in every region, unless they ask for someone else. */
export const TEST_USER = 'test-user';
const EVERYTHING: Required<TestUser> = { roles: ['officer', 'manager', 'admin'], regions: [...ITU_REGIONS], countries: [] };

export type TestApp = {
  app: INestApplication;
  /** A client signed in with an API token of `user` (created with every role and region unless it exists). */
  http: (user?: string) => ReturnType<typeof request.agent>;
  /** A client without credentials. */
  anonymous: () => ReturnType<typeof request>;
  /** A client sending `Authorization: Bearer <token>`. */
  withToken: (token: string) => ReturnType<typeof request.agent>;
  /** Creates the user (when missing) with the given roles and scope and issues a new API token. */
  tokenFor: (user: string, access?: TestUser) => string;
  config: AppConfig;
  dir: string;
  /** Stops the app and starts a new one on the same files, as after a restart. */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
};

export function testConfig(dir: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    eventStore: 'sqlite',
    sqlitePath: join(dir, 'tracker.db'),
    sqliteSynchronous: 'NORMAL',
    seedDemo: false,
    auth: { signInsPerMinute: 10_000, writesPerMinute: 1_000_000 },
    ...overrides,
  };
}

/** Creates the user when missing (token-only, no password) and issues it a new API token. */
export function issueTestToken(accounts: UserAccountStore, user = TEST_USER, access: TestUser = EVERYTHING): string {
  if (!accounts.findUser(user)) {
    accounts.addUser({ name: user, roles: access.roles ?? [], regions: (access.regions ?? []) as ItuRegion[], countries: access.countries ?? [] });
  }
  return accounts.issueToken(user, 'test').token;
}

/** A real app on a real SQLite file in a fresh temp dir. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, existingDir?: string): Promise<TestApp> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), 'ta-tracker-'));
  const config = testConfig(dir, overrides);
  const app = await createApp(config, { logger: false });
  await app.init();
  const server = app.getHttpServer();
  let closed = false;
  const stop = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  const accounts = app.get(UserAccountStore);
  const tokenFor = (user: string, access?: TestUser) => issueTestToken(accounts, user, access);
  const tokens = new Map<string, string>();
  const withToken = (token: string) => request.agent(server).set('Authorization', `Bearer ${token}`);
  return {
    app,
    config,
    dir,
    http: (user = TEST_USER) => {
      if (!tokens.has(user)) tokens.set(user, tokenFor(user));
      return withToken(tokens.get(user)!);
    },
    anonymous: () => request(server),
    withToken,
    tokenFor,
    restart: async () => {
      await stop();
      return startTestApp(overrides, dir);
    },
    close: async () => {
      await stop();
      if (!existingDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

let countryCursor = 0;
const FRESH_COUNTRIES = ['FRA', 'DEU', 'ITA', 'ESP', 'PRT', 'NLD', 'BEL', 'AUT', 'CHE', 'POL', 'CZE', 'HUN', 'ROU', 'BGR', 'GRC', 'HRV', 'SVN', 'SVK', 'IRL', 'DNK', 'SWE', 'NOR', 'FIN', 'EST', 'LVA', 'LTU', 'ISL', 'LUX', 'KEN', 'GHA', 'NGA', 'SEN', 'ZAF', 'BRA', 'ARG', 'CHL', 'PER', 'COL', 'MEX', 'CAN', 'JPN', 'KOR', 'VNM', 'THA', 'PHL', 'IND', 'PAK', 'BGD', 'NPL', 'LKA'];

/** A country no other test in this file has touched. */
export function freshCountry(): string {
  return FRESH_COUNTRIES[countryCursor++ % FRESH_COUNTRIES.length];
}
