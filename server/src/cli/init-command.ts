// `caveat init`: writes a commented starter `.caveat.yaml`; an existing one is never overwritten.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/find-config';
import { STARTER_CONFIG } from '../config/starter-config';
import { writeFileAtomic } from './output';

export async function runInit(folder: string, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    stderr.write(`caveat: ${folder}: no such folder\n`);
    return 2;
  }
  for (const name of CONFIG_FILE_NAMES) {
    const existing = join(folder, name);
    if (existsSync(existing)) {
      stderr.write(`caveat: ${existing} already exists; not overwritten\n`);
      return 2;
    }
  }
  const file = join(folder, CONFIG_FILE_NAMES[0]);
  await writeFileAtomic(file, STARTER_CONFIG);
  stdout.write(`wrote ${file}: every key is commented out; uncomment what your project needs\n`);
  return 0;
}
