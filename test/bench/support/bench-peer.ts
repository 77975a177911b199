import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The peer store and the versions measured. 0.42.4, the newest emmett-sqlite, asks for `@event-driven-io/emmett`
 * 0.42.4 as a peer, which the npm registry does not have.
 */
export const PEER_PACKAGES: Readonly<Record<string, string>> = {
  '@event-driven-io/emmett-sqlite': '0.38.5',
  '@event-driven-io/emmett': '0.38.5',
  sqlite3: '5.1.7',
};

/** The directory holding the project's package.json, above the compiled or source bench. */
export function projectRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) {
    if (dirname(directory) === directory) throw new Error('No package.json above the bench');
    directory = dirname(directory);
  }
  return directory;
}

/** Where the peer is installed: a cache folder, never one of the project's dependencies. */
export const peerDirectory = () => join(projectRoot(), 'node_modules', '.cache', 'bench-peer');

function requireFrom<T>(directory: string, name: string): T {
  return require(require.resolve(name, { paths: [directory] })) as T;
}

/** Its own package.json, so that npm allows sqlite3's build script there (npm 12 blocks unlisted ones). */
function installPeer(directory: string): void {
  mkdirSync(directory, { recursive: true });
  const manifest = {
    name: 'ta-tracker-bench-peer',
    private: true,
    description: 'The peer event store of `npm run bench`, installed on demand',
    dependencies: PEER_PACKAGES,
    allowScripts: { sqlite3: true },
  };
  writeFileSync(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund', '--prefix', directory], {
    cwd: directory,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
}

/**
 * The peer package `name`, installed into the cache folder the first time a benchmark needs it (sqlite3 is
 * compiled then, which takes a minute or two), so that `npm install` never builds it for people who do not
 * benchmark. Answers why it is unavailable when installing or loading it fails.
 */
export function loadPeer<T>(name: string, progress: (message: string) => void): T | string {
  const directory = peerDirectory();
  try {
    return requireFrom<T>(directory, name);
  } catch {
    progress(`installing the peer store (${Object.entries(PEER_PACKAGES).map(([peer, version]) => `${peer}@${version}`).join(', ')}) into ${directory}`);
  }
  try {
    installPeer(directory);
  } catch (error) {
    return `${name} could not be installed into ${directory} (${firstLine(error)})`;
  }
  try {
    return requireFrom<T>(directory, name);
  } catch (error) {
    return `${name} was installed into ${directory} but does not load (${firstLine(error)})`;
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
