import Database from 'better-sqlite3';
import { cpus, loadavg, release, totalmem } from 'node:os';

export type MachineInfo = {
  date: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
  sqlite: string;
  betterSqlite3: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
};

export function machineInfo(): MachineInfo {
  const db = new Database(':memory:');
  const sqlite = db.prepare<[], { version: string }>('SELECT sqlite_version() AS version').get()!.version;
  db.close();
  const processors = cpus();
  return {
    date: new Date().toISOString(),
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    sqlite,
    betterSqlite3: (require('better-sqlite3/package.json') as { version: string }).version,
    loadAverageAtStart: loadavg(),
  };
}

export const withEndLoad = (machine: MachineInfo): MachineInfo => ({ ...machine, loadAverageAtEnd: loadavg() });
