import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRule, type PackRule } from './build-rule';
import { dataDir, repoRoot } from './data-paths';
import { isPlaceholder, looksLikePerson } from './entry-filters';
import { exampleSentences, nearMissCandidates } from './example-sentences';
import { findContainingNames, ofExtension } from './find-containing-names';
import { gradeEntity, RISK_ORDER, type Risk } from './grade-entity';
import type { ListId, ListRecord } from './list-record';
import { formsOf, type MergedEntity, type MergeInput, mergeRecords } from './merge-records';
import { matchesRule, RuleSetMatcher } from './mini-matcher';
import { addTo } from './multimap';
import { slugify } from './normalise-name';
import { choosePack, PACKS, type PackId } from './pack-layout';
import { pruneRedundantNames } from './prune-redundant-names';
import { type EntityNames, resolveNames } from './resolve-names';
import { read1260hList } from './sources/read-1260h-list';
import { ASPI_DATA_DATE, readAspiTracker } from './sources/read-aspi-tracker';
import { readFccCoveredList } from './sources/read-fcc-covered-list';
import { readMieuList } from './sources/read-mieu-list';
import { readNdaaLists } from './sources/read-ndaa-lists';
import { CMIC_SNAPSHOT_DATE, readNsCmicList } from './sources/read-ns-cmic-list';
import { readNsfregFile } from './sources/read-nsfreg-list';
import { readSection1286List } from './sources/read-section-1286-list';
import { aliasReportText } from './write-alias-report';
import { type PackHeader, packText } from './write-pack';

// Entry point (`npm run data:update`): reads every list, merges the same institution across
// lists, checks every alias, grades, and writes the partner packs, the talent-programme pack and
// the alias report. Deterministic: same inputs, same bytes.

const GENERATED_BY = 'scripts/data/build-partner-packs.ts';

interface Loaded {
  records: MergeInput[];
  snapshots: Partial<Record<ListId, string>>;
}

function loadAllLists(): Loaded {
  const el = readNsfregFile('us-entity-list');
  const meu = readNsfregFile('us-meu-list');
  const h1260 = read1260hList();
  const s1286 = readSection1286List();
  const ndaa = readNdaaLists();
  const fcc = readFccCoveredList();
  const mieu = readMieuList();
  const latest = (records: ListRecord[]) =>
    records
      .map((r) => r.date)
      .sort()
      .at(-1) ?? '';
  return {
    records: [
      ...readAspiTracker(),
      ...el.records,
      ...meu.records,
      ...h1260.records,
      ...readNsCmicList(),
      ...mieu,
      ...s1286.records,
      ...ndaa,
      ...fcc,
    ],
    snapshots: {
      'aspi-unitracker': ASPI_DATA_DATE,
      'us-entity-list': el.extracted,
      'us-meu-list': meu.extracted,
      'us-mieu-list': latest(mieu),
      'us-1260h-list': h1260.latestEdition,
      'us-ns-cmic': CMIC_SNAPSHOT_DATE,
      'us-section-1286': latest(s1286.records.filter((r) => r.current)),
      'us-ndaa-154': latest(ndaa.filter((r) => r.list === 'us-ndaa-154')),
      'us-fcc-covered-list': latest(fcc),
    },
  };
}

function uniqueIds(entities: { names: EntityNames; talent: boolean }[]): string[] {
  const used = new Map<string, number>();
  return entities.map(({ names, talent }) => {
    const base = `${talent ? 'talent' : 'partner'}.${slugify(names.display) || 'unnamed'}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export interface BuildResult {
  packs: Map<PackId, PackRule[]>;
  counts: Record<string, number>;
  /** Every output file (path relative to the repository) with its exact text. */
  files: Map<string, string>;
}

/** Builds the packs and the report; writes them unless `write` is false (the up-to-date test). */
export function buildPartnerPacks({ write = true } = {}): BuildResult {
  const loaded = loadAllLists();
  // Only the Entity List names individuals.
  const skipped = loaded.records.filter((r) => r.list === 'us-entity-list' && (isPlaceholder(r.name) || looksLikePerson(r.name)));
  const records = loaded.records.filter((r) => !skipped.includes(r));
  const snapshots = loaded.snapshots;
  const merged = mergeRecords(records);
  const resolved = resolveNames(merged.entities);
  const log = [
    ...merged.log,
    ...skipped.map((r) => `left out (an individual or a parser placeholder, not an organisation): "${r.name}" (${r.list})`),
  ];

  // Keep entities that still have a name to match, sorted by display name for stable ids.
  const kept: { entity: MergedEntity; names: EntityNames; talent: boolean; risk: Risk }[] = [];
  merged.entities.forEach((entity, i) => {
    const names = resolved.names[i];
    if (!names.exact.length && !names.chinese.length && !names.abbreviations.length) {
      log.push(`no rule (every name removed by the alias checks): "${names.display}"`);
      return;
    }
    kept.push({ entity, names, talent: entity.records.some((r) => r.isTalentProgramme), risk: gradeEntity(entity.records) });
  });
  kept.sort((a, b) => a.names.display.localeCompare(b.names.display) || a.entity.records[0].list.localeCompare(b.entity.records[0].list));
  const ids = uniqueIds(kept);

  const containing = findContainingNames(
    kept.map((k) => ({ names: [...k.names.exact, ...k.names.chinese], riskRank: RISK_ORDER[k.risk] })),
  );
  const extensionsOf = (names: string[]) => names.map(ofExtension).filter((x): x is string => Boolean(x));
  const matchParts = kept.map((k, i) => {
    const ownNames = new Set(k.entity.records.flatMap((r) => [r.name, ...formsOf(r).primary.english]));
    const pruneGuard = [...containing[i], ...extensionsOf(k.names.exact)];
    k.names.exact = pruneRedundantNames(k.names.exact, pruneGuard, ownNames);
    k.names.chinese = pruneRedundantNames(k.names.chinese, pruneGuard);
    const notWithin = [...new Set([...containing[i], ...extensionsOf(k.names.exact)])].sort();
    return {
      exact_phrases: [...k.names.exact, ...k.names.chinese],
      abbreviations: k.names.abbreviations,
      context: k.names.context,
      not_within: notWithin,
    };
  });
  const matcher = new RuleSetMatcher(matchParts);

  const lawsDir = path.join(repoRoot, 'rules', 'laws');
  const missingLaws = new Set<string>();
  const lawExists = (id: string) => {
    const found = existsSync(path.join(lawsDir, `${id}.yaml`));
    if (!found) missingLaws.add(id);
    return found;
  };
  const packs = new Map<PackId, PackRule[]>();
  let fallbackNearMisses = 0;
  kept.forEach((k, i) => {
    const examples = exampleSentences(k.names, k.talent).filter((s) => matchesRule(s, matchParts[i]));
    if (!examples.length) {
      log.push(`no rule (no example sentence matches): "${k.names.display}"`);
      return;
    }
    let nearMisses = nearMissCandidates(k.names).filter((s) => matcher.matching(s).length === 0);
    if (!nearMisses.length) {
      fallbackNearMisses++;
      nearMisses = ['The consortium has not yet chosen its partners.'];
    }
    const rule = buildRule({
      id: ids[i],
      records: k.entity.records,
      names: k.names,
      risk: k.risk,
      notWithin: matchParts[i].not_within,
      examples,
      nearMisses: nearMisses.slice(0, 2),
      talent: k.talent,
      lawExists,
    });
    const pack = choosePack(k.entity.records, k.talent);
    addTo(packs, pack, rule);
  });

  kept.forEach((k, i) => {
    for (const longer of containing[i])
      log.push(`not_within: "${k.names.display}" does not match inside "${longer}", a lower-risk entity's name`);
  });
  // Cross-check: the OFAC export we read against the July 2026 PDF copy of NS-CMIC.
  const cmicExport = records.filter((r) => r.list === 'us-ns-cmic').length;
  const cmicPdf = readNsfregFile('us-ns-cmic').records.length;
  log.push(
    `check: NS-CMIC has ${cmicExport} entries in OFAC's export (${CMIC_SNAPSHOT_DATE}) and ${cmicPdf} with country China in the July 2026 PDF copy (nsfreg)`,
  );
  for (const law of [...missingLaws].sort()) log.push(`law card not found, left out of the rules: rules/laws/${law}.yaml`);
  const counts: Record<string, number> = {
    'list entries read (China)': loaded.records.length,
    'individuals and placeholders left out': skipped.length,
    'entities after merging': merged.entities.length,
    'rules written': [...packs.values()].reduce((n, r) => n + r.length, 0),
    ...Object.fromEntries([...packs.entries()].sort().map(([p, r]) => [`rules in ${p}`, r.length])),
    'aliases removed or demoted': resolved.report.length,
    'rules with only the generic near-miss': fallbackNearMisses,
  };

  const files = new Map<string, string>();
  for (const [pack, rules] of [...packs.entries()].sort()) {
    rules.sort((a, b) => a.id.localeCompare(b.id));
    const lists = [...new Set(rules.flatMap((r) => r.source.lists.map((l) => l.list as ListId)))].sort();
    const dates = lists
      .map((l) => snapshots[l])
      .filter((d): d is string => Boolean(d))
      .sort();
    const header: PackHeader = {
      pack,
      version: (dates.at(-1) ?? '').replace(/-/g, '.'),
      title: PACKS[pack].title,
      description: `${PACKS[pack].description} Lists and data dates: ${lists.map((l) => `${l} ${snapshots[l] ?? ''}`.trim()).join('; ')}.`,
      data_date: dates.at(-1) ?? '',
      generated_by: `${GENERATED_BY} (edit the generator, not this file; refresh with npm run data:update)`,
    };
    files.set(`rules/packs/${pack}.json`, packText(header, rules));
  }
  files.set('rules/packs/partners-alias-report.md', aliasReportText(resolved.report, log, counts));
  if (write) for (const [file, text] of files) writeFileSync(path.join(repoRoot, file), text);
  return { packs, counts, files };
}

if (require.main === module) {
  if (!existsSync(dataDir())) {
    console.error(`The input lists are not at ${dataDir()}: set CAVEAT_DATA_DIR to the folder that holds them.`);
    process.exit(1);
  }
  const started = Date.now();
  const { counts } = buildPartnerPacks();
  console.log(`read ${dataDir()}`);
  for (const [k, v] of Object.entries(counts)) console.log(`${k}: ${v}`);
  console.log(`done in ${Date.now() - started} ms`);
}
