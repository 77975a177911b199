import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserAccountStore } from '../../../src/auth/user-account.store';
import { issueTestToken } from '../../support/test-app';
import { get, useToken } from './listening-app';
import { freePort } from '../../support/free-port';

const ROOT = join(__dirname, '..', '..', '..');
const TRANSPILE_HOOK = join(__dirname, 'transpile-on-require.cjs');
const READY_TIMEOUT_MS = 60_000;

export type ChildServer = {
  baseUrl: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<void>;
  output(): string;
};

/** Runs a TypeScript entry point of the project in its own node process (no build step needed). */
export function spawnTypeScript(entry: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', TRANSPILE_HOOK, join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `src/main.ts` as `npm start` runs it, on 127.0.0.1, against the given store file; resolves once it answers. */
export async function startChildServer(sqlitePath: string, reportsDir: string): Promise<ChildServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePort(sqlitePath, reportsDir);
    } catch (error) {
      // Another process may take the free port between our probe and the child's listen: try another one.
      if (attempt === 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}

async function startOnFreePort(sqlitePath: string, reportsDir: string): Promise<ChildServer> {
  const port = await freePort();
  mkdirSync(dirname(sqlitePath), { recursive: true });
  const accounts = new UserAccountStore(sqlitePath);
  try {
    useToken(`http://127.0.0.1:${port}`, issueTestToken(accounts));
  } finally {
    accounts.close();
  }
  const child = spawnTypeScript('src/main.ts', [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: sqlitePath,
    SQLITE_SYNCHRONOUS: 'FULL',
    SEED_DEMO: 'false',
    REPORTS_DIR: reportsDir,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const server: ChildServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    process: child,
    exited,
    output: () => output,
    kill: async (signal) => {
      if (!hasExited) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`The server exited before answering:\n${output}`);
    const reply = await get(server.baseUrl, '/api/health').catch(() => undefined);
    if (reply?.status === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await server.kill('SIGKILL');
  throw new Error(`The server did not answer within ${READY_TIMEOUT_MS} ms:\n${output}`);
}

/** Waits until the server's read models have projected everything in its store. */
export async function projectionsCaughtUp(server: ChildServer, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await get(server.baseUrl, '/api/health');
    const store = body.store as { headPosition: number };
    const projections = body.projections as { position: number };
    if (projections.position >= store.headPosition) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The read models did not catch up with the store');
}
