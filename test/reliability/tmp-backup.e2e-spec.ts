import { rmSync } from 'node:fs';
import { spawnTypeScript, startChildServer } from './support/child-server';
import { startWriteLoad } from './support/write-load';
it('big backup under load', async () => {
  rmSync('/tmp/rt/big-backup.db', { force: true });
  const server = await startChildServer('/tmp/rt/big.db', '/tmp/rt/reports');
  const load = startWriteLoad(server.baseUrl, 'big', 8);
  await new Promise((r) => setTimeout(r, 500));
  const started = Date.now();
  const result = await new Promise<string>((resolve) => {
    const child = spawnTypeScript('src/cli/backup.ts', ['/tmp/rt/big-backup.db'], { SQLITE_PATH: '/tmp/rt/big.db' });
    let out = ''; child.stdout!.on('data', (c) => (out += c)); child.stderr!.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('exit', (code) => { clearTimeout(timer); resolve(`${code} ${out}`); });
  });
  console.log('BACKUP', Date.now() - started, 'ms', result, 'acked', load.acknowledged.size);
  await load.stop(); await server.kill('SIGTERM');
}, 200000);
