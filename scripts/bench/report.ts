/**
 * What the benchmark reports, defined once: each metric's label, unit and aim (from issue 13), the one
 * table it prints, the JSON file it writes, and the before → after table of `--compare`.
 */
import fs from 'node:fs';

export type Column = 'curriculum' | 'generated';
/** One number, or one per Lighthouse page (home/band/lesson); null when not measured. */
export type Value = number | number[] | null;

type Unit = 's' | 'ms' | 'KiB' | 'MiB' | 'count' | 'score' | 'cls';

interface Metric {
  id: string;
  label: string;
  unit: Unit;
  /** The aim as printed, and the test of one number against it; none when the issue sets no aim. */
  aim?: { text: string; met: (value: number) => boolean };
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * `mobile` and `desktop`: the node API (scripts/lighthouse.ts); `cli`: the `lighthouse` command with its
 * defaults, mobile. Mobile aims from issue 21 (both harnesses); desktop is reported with issue 13's.
 */
const lighthouseRows = (preset: 'mobile' | 'desktop' | 'cli'): Metric[] => {
  const name = preset === 'cli' ? 'LH command mobile' : `LH ${preset}`;
  const mobile = preset !== 'desktop';
  return [
    { id: `lh.${preset}.score`, label: `${name} score`, unit: 'score', ...(mobile ? { aim: { text: '≥ 98', met: (v: number) => v >= 98 } } : {}) },
    mobile
      ? { id: `lh.${preset}.fcp`, label: `${name} FCP`, unit: 's', aim: { text: '≤ 0.9 s', met: (v) => v <= 900 } }
      : { id: `lh.${preset}.fcp`, label: `${name} FCP`, unit: 's', aim: { text: '≤ 1.0 s', met: (v) => v <= 1000 } },
    { id: `lh.${preset}.lcp`, label: `${name} LCP`, unit: 's', ...(mobile ? { aim: { text: '≤ 1.5 s', met: (v: number) => v <= 1500 } } : {}) },
    { id: `lh.${preset}.tbt`, label: `${name} TBT`, unit: 'ms', aim: { text: '≤ 50 ms', met: (v) => v <= 50 } },
    mobile
      ? { id: `lh.${preset}.cls`, label: `${name} CLS`, unit: 'cls', aim: { text: '≤ 0.01', met: (v) => v <= 0.01 } }
      : { id: `lh.${preset}.cls`, label: `${name} CLS`, unit: 'cls', aim: { text: '≤ 0.02', met: (v) => v <= 0.02 } },
  ];
};

export const METRICS: Metric[] = [
  { id: 'lessons', label: 'lessons (files, vi+en)', unit: 'count' },
  { id: 'build.ms', label: 'cold vite build', unit: 's', aim: { text: '≤ 6 s', met: (v) => v <= 6000 } },
  { id: 'build.peakRss', label: 'build peak RSS', unit: 'MiB', aim: { text: '≤ 512 MiB', met: (v) => v <= 512 * MIB } },
  { id: 'check.ms', label: 'content:check', unit: 's', aim: { text: '≤ 3 s', met: (v) => v <= 3000 } },
  { id: 'dev.ms', label: 'warm rebuild (dev, 1 lesson)', unit: 'ms', aim: { text: '≤ 1000 ms', met: (v) => v <= 1000 } },
  { id: 'size.initial', label: 'first load JS+CSS gzip', unit: 'KiB', aim: { text: '≤ 85 KiB', met: (v) => v <= 85 * KIB } },
  { id: 'size.precacheFiles', label: 'precache files', unit: 'count' },
  { id: 'size.precacheBytes', label: 'precache size', unit: 'MiB' },
  { id: 'size.precacheGzip', label: 'precache size gzip', unit: 'MiB' },
  { id: 'size.precachePagesGzip', label: 'precache: prerendered pages gzip', unit: 'KiB' },
  ...lighthouseRows('mobile'),
  ...lighthouseRows('cli'),
  ...lighthouseRows('desktop'),
  { id: 'cpu4x.blocking', label: 'CPU 4×: blocking time to hydrated (measured)', unit: 'ms', aim: { text: '≤ 50 ms', met: (v) => v <= 50 } },
  { id: 'cpu4x.longest', label: 'CPU 4×: longest task to hydrated', unit: 'ms' },
  { id: 'sw.activationMs', label: 'SW first visit → activated', unit: 'ms' },
  { id: 'offline.reloadMs', label: 'offline reload → lesson text', unit: 'ms', aim: { text: '≤ 300 ms', met: (v) => v <= 300 } },
  { id: 'offline.unvisitedMs', label: 'offline, unvisited lesson, CPU 4× → text', unit: 'ms' },
  { id: 'idb.writeP95', label: 'quiz answer write p95 (IDB)', unit: 'ms', aim: { text: '≤ 10 ms', met: (v) => v <= 10 } },
  { id: 'idb.mapMs', label: 'progress map (1,000 attempts)', unit: 'ms', aim: { text: '≤ 100 ms', met: (v) => v <= 100 } },
];

export interface BenchFile {
  tool: 'mang-an-toan-bench';
  format: 1;
  startedAt: string;
  durationMs: number;
  git: { commit: string; dirty: boolean };
  machine: { cpus: number; cpuModel: string; memoryGiB: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; node: string };
  options: { lessons: number; quick: boolean; lighthouseRuns: number; lighthousePages: string[]; steps: string[]; everyAnswer?: boolean };
  values: Record<Column, Record<string, Value>>;
  /** Raw samples and facts behind the values (per column). */
  details: Record<Column, Record<string, unknown>>;
}

export function readBenchFile(file: string): BenchFile {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchFile;
  if (data.tool !== 'mang-an-toan-bench') throw new Error(`${file} is not a file written by npm run bench`);
  return data;
}

function formatNumber(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '?';
  switch (unit) {
    case 's':
      return (value / 1000).toFixed(value < 10_000 ? 2 : 1);
    case 'ms':
      return value < 10 ? value.toFixed(1) : Math.round(value).toString();
    case 'KiB':
      return (value / KIB).toFixed(1);
    case 'MiB':
      return (value / MIB).toFixed(1);
    case 'cls':
      return value.toFixed(3);
    case 'count':
    case 'score':
      return Math.round(value).toString();
  }
}

const SUFFIX: Record<Unit, string> = { s: ' s', ms: ' ms', KiB: ' KiB', MiB: ' MiB', cls: '', count: '', score: '' };

export function formatValue(value: Value | undefined, unit: Unit): string {
  if (value === null || value === undefined) return '–';
  const numbers = Array.isArray(value) ? value : [value];
  return numbers.map((v) => formatNumber(v, unit)).join('/') + SUFFIX[unit];
}

/** "yes", "NO", or "–" when there is no aim or no value; a per-page value meets it only on every page. */
function met(metric: Metric, value: Value | undefined): string {
  if (!metric.aim || value === null || value === undefined) return '–';
  const numbers = Array.isArray(value) ? value : [value];
  return numbers.every((v) => Number.isFinite(v) && metric.aim!.met(v)) ? 'yes' : 'NO';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function resultTable(file: BenchFile): string {
  const generated = `${file.options.lessons.toLocaleString('en')} lessons`;
  const rows = METRICS.map((m) => {
    const cur = file.values.curriculum[m.id];
    const gen = file.values.generated[m.id];
    return [m.label, formatValue(cur, m.unit), formatValue(gen, m.unit), m.aim?.text ?? '', `${met(m, cur)}/${met(m, gen)}`];
  });
  return table(['metric', 'curriculum', generated, 'aim', 'met? cur/gen'], rows);
}

export function compareTable(before: BenchFile, after: BenchFile): string {
  const arrow = (a: Value | undefined, b: Value | undefined, unit: Unit) => `${formatValue(a, unit)} → ${formatValue(b, unit)}`;
  const rows = METRICS.map((m) => [
    m.label,
    arrow(before.values.curriculum[m.id], after.values.curriculum[m.id], m.unit),
    arrow(before.values.generated[m.id], after.values.generated[m.id], m.unit),
    m.aim?.text ?? '',
    `${met(m, after.values.curriculum[m.id])}/${met(m, after.values.generated[m.id])}`,
  ]);
  const generated = `${before.options.lessons.toLocaleString('en')} → ${after.options.lessons.toLocaleString('en')} lessons`;
  return table(['metric', 'curriculum (before → after)', generated, 'aim', 'met? (after)'], rows);
}
