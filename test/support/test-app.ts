import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';

export type TestApp = {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
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
    ...overrides,
  };
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
  return {
    app,
    config,
    dir,
    http: () => request(server),
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
