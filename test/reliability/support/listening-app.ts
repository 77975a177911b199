import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/app.factory';
import { AppConfig } from '../../../src/config/app-config';
import { UserAccountStore } from '../../../src/auth/user-account.store';
import { issueTestToken, testConfig } from '../../support/test-app';

export type ListeningApp = {
  app: INestApplication;
  baseUrl: string;
  config: AppConfig;
  dir: string;
  /** Closes the app and starts a new one on the same store file, as a restart would. */
  restart(): Promise<ListeningApp>;
  close(): Promise<void>;
};

/** The real app on a real socket (127.0.0.1, ephemeral port) over a durable SQLite file in a temp dir. */
export function startListeningApp(overrides: Partial<AppConfig> = {}, existingDir?: string): Promise<ListeningApp> {
  return startInDir(overrides, existingDir ?? mkdtempSync(join(tmpdir(), 'ta-tracker-reliability-')), existingDir === undefined);
}

/** `ownsDir`: the temp dir is removed on close, also after any number of restarts. */
async function startInDir(overrides: Partial<AppConfig>, dir: string, ownsDir: boolean): Promise<ListeningApp> {
  const config = testConfig(dir, { sqliteSynchronous: 'FULL', ...overrides });
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  useToken(`http://127.0.0.1:${port}`, issueTestToken(app.get(UserAccountStore)));
  let closed = false;
  const stop = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    dir,
    restart: async () => {
      await stop();
      return startInDir(overrides, dir, ownsDir);
    },
    close: async () => {
      await stop();
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const tokens = new Map<string, string>();

/** Every post and get to `baseUrl` from here on carries this API token. */
export function useToken(baseUrl: string, token: string): void {
  tokens.set(baseUrl, token);
}

export function authHeaders(baseUrl: string): Record<string, string> {
  const token = tokens.get(baseUrl);
  return token ? { authorization: `Bearer ${token}` } : {};
}

export type Reply = { status: number; body: Record<string, unknown>; text: string };

/** POST with a JSON body (or a raw string, sent as is); never throws on an HTTP status. */
export async function post(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(baseUrl), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return replyOf(response);
}

export async function get(baseUrl: string, path: string): Promise<Reply> {
  return replyOf(await fetch(`${baseUrl}${path}`, { headers: authHeaders(baseUrl) }));
}

async function replyOf(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = {};
  }
  return { status: response.status, body, text };
}
