// Test-only access to the benchmark files in the reference folder beside the repository
// (../shared/benchmarks/curtois from the repository root). Runtime code never reads files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assignment } from '../model';
import { parseCurtoisInstance, type CurtoisInstance } from './curtois-instance';

export const BENCHMARK_DIR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'benchmarks', 'curtois');

export function readBenchmarkText(relativePath: string): string {
  return readFileSync(join(BENCHMARK_DIR, relativePath), 'utf8');
}

export function loadInstance(name: string): CurtoisInstance {
  return parseCurtoisInstance(readBenchmarkText(`${name}.txt`));
}

/** The grid form of a reference roster: header employee,d0..; one row per employee. */
export function readReferenceCsv(relativePath: string): Assignment {
  const lines = readBenchmarkText(relativePath).trim().split(/\r?\n/).slice(1);
  return lines.map((line) => line.split(',').slice(1).map((cell) => (cell === '' ? null : cell)));
}
