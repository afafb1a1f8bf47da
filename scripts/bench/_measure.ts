/**
 * Shared by the benchmarks: run a command as a child process and measure its wall time and
 * peak memory (the child reports its own maxRSS at exit through a preloaded module), and
 * describe the machine the figures were measured on.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RSS_REPORTER = path.join(path.dirname(fileURLToPath(import.meta.url)), '_report-rss.cjs');

export interface Measurement {
  ms: number;
  peakRssMiB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` and returns its wall time and the peak RSS it reported. */
export function measureNode(args: string[], cwd = process.cwd()): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', RSS_REPORTER, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /__PEAK_RSS_KIB__=(\d+)/.exec(result.stderr);
  return {
    ms,
    peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/__PEAK_RSS_KIB__=\d+\n?/, ''),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
}
