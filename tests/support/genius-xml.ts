/**
 * Reads a GENIUS domain (one domain XML and two utility-space XMLs) into a Domain, with GENIUS
 * semantics: option value = evaluation / best evaluation on the issue; utility = Σ weight · value.
 * Regexes, not an XML parser: the files are flat and machine-written; this is test support only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDomain, type Domain } from '../../src/engine/model/domain.ts';

interface GeniusIssue {
  index: string;
  name: string;
  options: string[];
}

interface GeniusProfile {
  /** evaluation by issue index, then by option text */
  evaluations: Map<string, Map<string, number>>;
  /** weight by issue index */
  weights: Map<string, number>;
  reservation: number;
}

/** Loads `<dir>/<domainFile>` with side 0 = profiles[0] and side 1 = profiles[1]. */
export function loadGeniusDomain(dir: string, domainFile: string, profiles: [string, string]): Domain {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return geniusDomain(read(domainFile), [read(profiles[0]), read(profiles[1])]);
}

export function geniusDomain(domainXml: string, profileXml: [string, string]): Domain {
  const issues = parseIssues(domainXml);
  const profiles = [parseProfile(profileXml[0]), parseProfile(profileXml[1])] as const;
  const side = (p: GeniusProfile) => ({
    weights: issues.map((issue) => required(p.weights.get(issue.index), `weight of issue ${issue.index}`)),
    values: issues.map((issue) => issue.options.map((o) => required(p.evaluations.get(issue.index)?.get(o), `evaluation of "${o}"`))),
  });
  const [a, b] = [side(profiles[0]), side(profiles[1])];
  return makeDomain({
    itemIds: issues.map((i) => i.name),
    optionIds: issues.map((i) => i.options),
    weights: [a.weights, b.weights],
    values: [a.values, b.values],
    reservation: [profiles[0].reservation, profiles[1].reservation],
  });
}

function parseIssues(xml: string): GeniusIssue[] {
  return issueBlocks(xml).map(({ attrs, body }) => ({
    index: required(attr(attrs, 'index'), 'issue index'),
    name: required(attr(attrs, 'name'), 'issue name'),
    options: itemTags(body).map((a) => required(attr(a, 'value'), 'item value')),
  }));
}

function parseProfile(xml: string): GeniusProfile {
  const evaluations = new Map<string, Map<string, number>>();
  for (const { attrs, body } of issueBlocks(xml)) {
    const byOption = new Map<string, number>();
    for (const a of itemTags(body)) {
      byOption.set(required(attr(a, 'value'), 'item value'), Number(required(attr(a, 'evaluation'), 'evaluation')));
    }
    evaluations.set(required(attr(attrs, 'index'), 'issue index'), byOption);
  }
  const weights = new Map<string, number>();
  for (const m of xml.matchAll(/<weight\b([^>]*)>/g)) {
    weights.set(required(attr(m[1], 'index'), 'weight index'), Number(required(attr(m[1], 'value'), 'weight')));
  }
  const reservation = /<reservation\b([^>]*)>/.exec(xml);
  return { evaluations, weights, reservation: Number(reservation ? (attr(reservation[1], 'value') ?? 0) : 0) };
}

function issueBlocks(xml: string): { attrs: string; body: string }[] {
  return [...xml.matchAll(/<issue\b([^>]*)>([\s\S]*?)<\/issue>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
}

function itemTags(body: string): string[] {
  return [...body.matchAll(/<item\b([^>]*)>/g)].map((m) => m[1]);
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1]) : undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`GENIUS XML: missing ${what}`);
  return value;
}
