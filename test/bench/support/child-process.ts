import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { UserAccountStore } from '../../../src/auth/user-account.store';
import { ITU_REGIONS } from '../../../src/countries/itu-region';
import { parseWorkerReport } from './measurement';
import { freePort } from '../../support/free-port';

/** Compiled (`dist/test/bench/...js`) or run from source with a TypeScript hook: children follow suit. */
export const SCRIPT_EXTENSION = extname(__filename);
export const benchFile = (...parts: string[]) => join(__dirname, '..', ...parts) + SCRIPT_EXTENSION;
export const sourceFile = (...parts: string[]) => join(__dirname, '..', '..', '..', 'src', ...parts) + SCRIPT_EXTENSION;

export function spawnNode(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...process.execArgv, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a worker to completion and returns the figures it reported. */
export function runWorker<T>(script: string, args: string[], timeoutMs = 3_600_000): Promise<T & { peakRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawnNode(script, args);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`${script} exited with ${code}:\n${output.slice(-3000)}`));
      else resolve(parseWorkerReport<T>(output));
    });
  });
}

export type ServerProcess = {
  port: number;
  pid: number;
  baseUrl: string;
  /** From spawning the process to the first answered request. */
  readyMs: number;
  /** Credentials of a user with every role, when the server has a store file (empty for other servers). */
  headers: Record<string, string>;
  /** Peak resident set size so far (VmHWM), read from /proc. */
  peakRssBytes(): number;
  stop(): Promise<void>;
};

/**
 * The bare Nest route the HTTP figures are compared with, on Nest's own Express adapter or on the server's
 * (PrototypedExpressAdapter).
 */
export const startHelloWorld = (adapter: 'nest' | 'prototyped' = 'nest'): Promise<ServerProcess> =>
  startServer(benchFile('support', 'hello-world.server'), adapter === 'prototyped' ? { HELLO_ADAPTER: 'prototyped' } : {}, '/hello');

/** Starts a server process and polls `readyPath` until it answers 200, timing spawn → first response. */
export async function startServer(script: string, env: NodeJS.ProcessEnv, readyPath: string, timeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort();
  const headers: Record<string, string> = env.SQLITE_PATH ? { authorization: `Bearer ${benchToken(env.SQLITE_PATH)}` } : {};
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const child = spawnNode(script, [], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-5000)));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };
  for (;;) {
    if (exited) throw new Error(`${script} exited before answering:\n${output}`);
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) {
      await stop();
      throw new Error(`${script} did not answer ${readyPath} within ${timeoutMs} ms:\n${output}`);
    }
    const status = await fetch(`${baseUrl}${readyPath}`, { headers }).then((response) => response.status, () => 0);
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { port, pid: child.pid!, baseUrl, readyMs, headers, peakRssBytes: () => peakRssOf(child.pid!), stop };
}

function benchToken(sqlitePath: string): string {
  mkdirSync(dirname(sqlitePath), { recursive: true });
  const accounts = new UserAccountStore(sqlitePath);
  try {
    if (!accounts.findUser('bench')) accounts.addUser({ name: 'bench', roles: ['officer', 'manager', 'admin'], regions: [...ITU_REGIONS], countries: [] });
    return accounts.issueToken('bench', 'benchmark').token;
  } finally {
    accounts.close();
  }
}

export function peakRssOf(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}
