/**
 * Running a command and measuring it: wall time, and peak memory of the whole process tree (what the
 * machine must have free). Peak RSS comes from polling /proc (the sum of VmRSS over the process and its
 * descendants, every 50 ms); each process's own VmHWM is read too, so a short spike between two polls
 * of a single-process command is not missed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  ms: number;
  /** Peak resident memory of the process tree, bytes; undefined where /proc is not available. */
  peakRss?: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (ms) and report exit code -1. */
  timeoutMs?: number;
}

export function runMeasured(command: string, args: string[], { cwd, env, timeoutMs = 10 * 60_000 }: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peak: number | undefined;
    const sample = () => {
      const rss = treeRss(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
    };
    const poll = setInterval(sample, 50);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, peakRss: peak, exitCode: code ?? -1, stdout, stderr });
    });
  });
}

/** Sum over the tree of max(VmRSS, VmHWM for a lone process): bytes, or undefined without /proc. */
function treeRss(pid: number | undefined): number | undefined {
  if (pid === undefined || !fs.existsSync('/proc/self/status')) return undefined;
  const pids = [pid, ...descendants(pid)];
  let total = 0;
  for (const p of pids) {
    const status = readStatus(p);
    if (!status) continue;
    const rss = status.VmRSS ?? 0;
    // With one process, its high-water mark is its peak even between two polls.
    total += pids.length === 1 ? Math.max(rss, status.VmHWM ?? 0) : rss;
  }
  return total * 1024;
}

function readStatus(pid: number): Record<string, number> | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries([...text.matchAll(/^(Vm\w+):\s+(\d+) kB$/gm)].map((m) => [m[1]!, Number(m[2])]));
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  let direct: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) direct.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    direct = [];
  }
  for (const child of direct) children.push(child, ...descendants(child));
  return children;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
