// How the bench talks to its worker processes: the config goes in as one JSON argument, the result
// comes back as one JSON line on stdout, tagged so that other output cannot be mistaken for it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const TAG = 'CAVEAT_BENCH_RESULT ';

export function workerConfig<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

export function sendResult(result: unknown): void {
  process.stdout.write(`${TAG}${JSON.stringify(result)}\n`);
}

/** Runs a worker bundle (next to the bundle of main, see snapshot-build.ts) in a fresh Node process. */
export function runWorker<R>(name: string, config: unknown, timeoutMs = 900_000): R {
  const file = join(__dirname, `${name}.js`);
  const child = spawnSync(process.execPath, [file, JSON.stringify(config)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(TAG));
  if (child.status !== 0 || !line) {
    throw new Error(`worker ${name} failed (status ${child.status}, signal ${child.signal}): ${(child.stderr ?? '').slice(-2000)}`);
  }
  return JSON.parse(line.slice(TAG.length)) as R;
}
