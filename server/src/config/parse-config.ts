// Parses and validates the text of a `.caveat.yaml` against rules/schema/config.schema.json; every
// problem carries the file, line and column of the offending value so an editor or CI log can point at it.
import { dirname, resolve } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
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

/** The path of the YAML value an Ajv error is about. */
function pathOf(e: ErrorObject): (string | number)[] {
  return e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** An unknown or misspelt key: where the key itself is written (not its value). */
function keyPosition(text: string, mapPath: (string | number)[], key: string): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const map = mapPath.length ? doc.getIn(mapPath, true) : doc.contents;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!range) return undefined;
  const pos = lineCounter.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

function offendingKey(e: ErrorObject): string | undefined {
  if (e.keyword === 'additionalProperties') return (e.params as { additionalProperty: string }).additionalProperty;
  if (e.keyword === 'propertyNames') return (e.params as { propertyName: string }).propertyName;
  return undefined;
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
      const key = offendingKey(e);
      const pos = (key !== undefined ? keyPosition(text, pathOf(e), key) : undefined) ?? parsed.positionOf(pathOf(e));
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
