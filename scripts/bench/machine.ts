import { cpus, freemem, release, totalmem, type as osType, arch, loadavg } from 'node:os';

/** The machine a bench run measured, for the report and results.json. */
export interface Machine {
  readonly os: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly freeMemoryGiB: number;
  /** The 1-minute load average when the run started: other work on the machine skews figures. */
  readonly loadAverage1m: number;
  readonly node: string;
  chromium: string;
  readonly date: string;
}

const GIB = 1024 ** 3;

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    os: `${osType()} ${release()} ${arch()}`,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / GIB) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / GIB) * 10) / 10,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    chromium: 'not measured',
    date: new Date().toISOString(),
  };
}
