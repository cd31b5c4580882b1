// Finds the `.caveat.yaml` that governs a file by looking upward from its folder (like .eslintrc),
// reading and validating each configuration file once however many drafts share it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CaveatConfig, type ConfigProblem, defaultConfig } from './config-types';
import { parseConfigText } from './parse-config';

export const CONFIG_FILE_NAMES = ['.caveat.yaml', '.caveat.yml'];

export interface ConfigLookup {
  config: CaveatConfig;
  /** Problems of the file the config came from (already reported ones are repeated: dedupe by caller). */
  problems: ConfigProblem[];
}

/** Loads one configuration file; a broken file gives its problems and the defaults. */
export function loadConfigFile(file: string): ConfigLookup {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      config: defaultConfig(dirname(absolute)),
      problems: [{ file, line: 1, column: 1, message: code === 'ENOENT' ? 'configuration file not found' : `cannot read: ${code}` }],
    };
  }
  const { config, problems } = parseConfigText(text, file);
  return { config: config ?? { ...defaultConfig(dirname(absolute)), file: absolute }, problems };
}

export class ConfigResolver {
  private readonly byDir = new Map<string, ConfigLookup>();
  private readonly fixed?: ConfigLookup;

  /** With a fixed file (--config), every draft uses it and nothing is discovered. */
  constructor(fixedFile?: string) {
    if (fixedFile) this.fixed = loadConfigFile(fixedFile);
  }

  forFile(file: string): ConfigLookup {
    return this.forDirectory(dirname(resolve(file)));
  }

  forDirectory(dir: string): ConfigLookup {
    if (this.fixed) return this.fixed;
    const absolute = resolve(dir);
    const cached = this.byDir.get(absolute);
    if (cached) return cached;
    let found: ConfigLookup | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(absolute, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        found = loadConfigFile(candidate);
        break;
      }
    }
    if (!found) {
      const parent = dirname(absolute);
      found = parent === absolute ? { config: defaultConfig(process.cwd()), problems: [] } : this.forDirectory(parent);
    }
    this.byDir.set(absolute, found);
    return found;
  }
}
