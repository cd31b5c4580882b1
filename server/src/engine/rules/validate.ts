// JSON Schema validation of rule packs and law cards with Ajv, compiled once per process.
import { createHash } from 'node:crypto';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import lawCardSchema from '../../../../rules/schema/law-card.schema.json';
import mitigationsSchema from '../../../../rules/schema/mitigations.schema.json';
import rulePackSchema from '../../../../rules/schema/rule-pack.schema.json';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: false });
      ajv.addSchema(rulePackSchema);
      ajv.addSchema(lawCardSchema);
      ajv.addSchema(mitigationsSchema);
    }
    const found = ajv.getSchema(ref);
    if (!found) throw new Error(`schema ${ref} not found`);
    v = found;
    validators.set(ref, v);
  }
  return v;
}

/** Bump when load-time checks beyond the schema change (they decide what a clean pack is). */
const CHECKS_VERSION = 'checks-1';
let fingerprint: string | undefined;

/** A short hash of the rule-pack schema and the load-time checks: what "validated" was checked against. */
export function schemaFingerprint(): string {
  fingerprint ??= createHash('sha1').update(CHECKS_VERSION).update(JSON.stringify(rulePackSchema)).digest('hex').slice(0, 12);
  return fingerprint;
}

export interface SchemaError {
  /** JSON Pointer-like path segments into the validated value. */
  path: (string | number)[];
  message: string;
}

function toSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaError[] {
  if (!errors) return [];
  return errors.map((e) => {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties')
      message = `unknown property '${(e.params as { additionalProperty: string }).additionalProperty}'`;
    if (e.keyword === 'enum') message = `${message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    const where = path.length ? path.join('.') : 'pack';
    return { path, message: `${where} ${message}` };
  });
}

const RULE_PACK = 'https://caveat.invalid/schema/rule-pack.schema.json';

/** Validates the pack's top level without its rules (each rule is validated on its own). */
export function validatePackHeader(pack: unknown): SchemaError[] {
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) {
    return [{ path: [], message: 'a rule pack must be a mapping with pack, version, title and rules' }];
  }
  const header = { ...(pack as Record<string, unknown>), rules: [] };
  const v = validator(RULE_PACK);
  v(header);
  const errors = toSchemaErrors(v.errors);
  if (!Array.isArray((pack as Record<string, unknown>).rules)) {
    errors.push({ path: ['rules'], message: 'rules must be a list' });
  }
  return errors;
}

export function validateRule(rule: unknown): SchemaError[] {
  const v = validator(`${RULE_PACK}#/definitions/rule`);
  v(rule);
  return toSchemaErrors(v.errors);
}

export function validateLawCard(card: unknown): SchemaError[] {
  const v = validator('https://caveat.invalid/schema/law-card.schema.json');
  v(card);
  return toSchemaErrors(v.errors);
}

export function validateMitigations(value: unknown): SchemaError[] {
  const v = validator('https://caveat.invalid/schema/mitigations.schema.json');
  v(value);
  return toSchemaErrors(v.errors);
}
