// Parses and validates the text of a `.caveat.yaml` against rules/schema/config.schema.json; every
// problem carries the file, line and column of the offending value so an editor or CI log can point at it.
import { dirname, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import configSchema from '../../../rules/schema/config.schema.json';
import { parseWithPositions } from '../engine/rules/source-position';
import { type CaveatConfig, type ConfigProblem, defaultConfig } from './config-types';

let validate: ReturnType<Ajv['compile']> | undefined;

function schemaValidator() {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(configSchema);
  return validate;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'configuration';
  if (e.keyword === 'additionalProperties')
    return `${where}: unknown key '${(e.params as { additionalProperty: string }).additionalProperty}'`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'propertyNames') return `${where}: '${(e.params as { propertyName: string }).propertyName}' is not a category`;
  return `${where}: ${e.message ?? 'is invalid'}`;
}

/** The path of the YAML node an Ajv error is about (for propertyNames, the offending key). */
function pathOf(e: ErrorObject): (string | number)[] {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (e.keyword === 'additionalProperties') path.push((e.params as { additionalProperty: string }).additionalProperty);
  if (e.keyword === 'propertyNames') path.push((e.params as { propertyName: string }).propertyName);
  return path;
}

export function parseConfigText(text: string, file: string): { config?: CaveatConfig; problems: ConfigProblem[] } {
  const parsed = parseWithPositions(text);
  const problems: ConfigProblem[] = parsed.syntaxErrors.map((e) => ({
    file,
    line: e.line,
    column: e.column,
    message: `YAML syntax error: ${e.message}`,
  }));
  if (problems.length) return { problems };
  // An empty file is a valid configuration with every default.
  const value = parsed.value ?? {};
  const check = schemaValidator();
  if (!check(value)) {
    for (const e of check.errors ?? []) {
      // The propertyNames keyword reports the same key twice (the name and the failed enum); keep one.
      if (e.propertyName !== undefined && e.keyword !== 'propertyNames') continue;
      const pos = parsed.positionOf(pathOf(e));
      problems.push({ file, line: pos.line, column: pos.column, message: describe(e) });
    }
    return { problems };
  }
  const raw = value as {
    minRisk?: CaveatConfig['minRisk'];
    categories?: CaveatConfig['categories'];
    severity?: CaveatConfig['severity'];
    jurisdiction?: CaveatConfig['jurisdiction'];
    rulePacks?: string[];
    reviewedPartners?: string;
    include?: string[];
    exclude?: string[];
    languages?: CaveatConfig['languages'];
  };
  const dir = dirname(resolve(file));
  const config: CaveatConfig = {
    ...defaultConfig(dir),
    file: resolve(file),
    minRisk: raw.minRisk,
    categories: raw.categories,
    severity: raw.severity ?? {},
    jurisdiction: raw.jurisdiction,
    rulePacks: (raw.rulePacks ?? []).map((p) => resolve(dir, p)),
    reviewedPartners: raw.reviewedPartners === undefined ? undefined : resolve(dir, raw.reviewedPartners),
    include: raw.include,
    exclude: raw.exclude,
    languages: raw.languages,
  };
  return { config, problems };
}
