/**
 * GENIUS negotiation domains in XML (the format of GENIUS and of NegMAS's GENIUS reader): one
 * domain file with the issues and their values, and one utility-space file per side with an
 * evaluation per value, a weight per issue and a reservation value. Only discrete issues: they
 * are what Summit's linear additive model shares with GENIUS.
 * Parsed and written with fast-xml-parser; everything here is plain data.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

export interface GeniusIssue {
  name: string;
  values: string[];
}

export interface GeniusProfile {
  /** evaluations[issue][value], in the domain's order. */
  evaluations: number[][];
  /** weights[issue], in the domain's order. */
  weights: number[];
  reservation: number;
  /** GENIUS's discount factor, when the file has one (Summit has no discounting). */
  discount: number | null;
}

export interface GeniusDomain {
  issues: GeniusIssue[];
  profiles: [GeniusProfile, GeniusProfile];
}

/** Bad input: the message says which file and what is wrong. */
export class GeniusError extends Error {}

type Node = Record<string, unknown>;
const LISTS = new Set(['issue', 'item', 'weight', 'objective', 'agent']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => LISTS.has(name) });

function parse(xml: string, file: string): Node {
  try {
    return parser.parse(xml, true) as Node;
  } catch (e) {
    const err = (e as { err?: { msg?: string; line?: number } }).err;
    throw new GeniusError(`${file}: not well-formed XML${err?.msg ? `: ${err.msg}${err.line ? ` (line ${err.line})` : ''}` : ''}`);
  }
}

/** The issues of the first <objective> under <utility_space>, wherever the root puts it. */
function issuesOf(root: Node, file: string): Node[] {
  const space = (root.negotiation_template as Node | undefined)?.utility_space ?? root.utility_space;
  const objective = ((space as Node | undefined)?.objective as Node[] | undefined)?.[0];
  const issues = objective?.issue as Node[] | undefined;
  if (!issues?.length) throw new GeniusError(`${file}: no <utility_space><objective><issue> elements: not a GENIUS domain or profile`);
  return issues;
}

function text(node: Node, attr: string, what: string, file: string): string {
  const v = node[attr];
  if (typeof v !== 'string' || v === '') throw new GeniusError(`${file}: ${what} has no "${attr}" attribute`);
  return v;
}

function number(node: Node, attr: string, what: string, file: string): number {
  const n = Number(text(node, attr, what, file));
  if (!Number.isFinite(n) || n < 0) throw new GeniusError(`${file}: ${what}: "${attr}" must be a number ≥ 0, found "${String(node[attr])}"`);
  return n;
}

function readIssues(xml: string, file: string): (GeniusIssue & { index: string })[] {
  return issuesOf(parse(xml, file), file).map((issue, i) => {
    const name = text(issue, 'name', `issue ${i + 1}`, file);
    const type = issue.etype ?? issue.type ?? 'discrete';
    if (type !== 'discrete') throw new GeniusError(`${file}: issue "${name}" is ${String(type)}; only discrete issues can become Summit items`);
    const values = ((issue.item as Node[] | undefined) ?? []).map((item, k) => text(item, 'value', `issue "${name}", item ${k + 1}`, file));
    if (values.length < 2) throw new GeniusError(`${file}: issue "${name}" has ${values.length} value(s); a Summit item needs at least two options`);
    return { index: text(issue, 'index', `issue "${name}"`, file), name, values };
  });
}

function readProfile(xml: string, file: string, issues: (GeniusIssue & { index: string })[]): GeniusProfile {
  const root = parse(xml, file);
  const byIndex = new Map(issuesOf(root, file).map((issue) => [String(issue.index), issue]));
  const space = root.utility_space as Node;
  const objective = (space.objective as Node[])[0];
  const weightOf = new Map(((objective.weight as Node[] | undefined) ?? []).map((w) => [String(w.index), number(w, 'value', `weight ${String(w.index)}`, file)]));
  const evaluations = issues.map((issue) => {
    const own = byIndex.get(issue.index);
    if (!own) throw new GeniusError(`${file}: no evaluations for issue "${issue.name}" (index ${issue.index})`);
    const byValue = new Map(((own.item as Node[] | undefined) ?? []).map((item) => [String(item.value), number(item, 'evaluation', `issue "${issue.name}", value "${String(item.value)}"`, file)]));
    return issue.values.map((v) => {
      const e = byValue.get(v);
      if (e === undefined) throw new GeniusError(`${file}: issue "${issue.name}" has no evaluation for "${v}"`);
      return e;
    });
  });
  const weights = issues.map((issue) => {
    const w = weightOf.get(issue.index);
    if (w === undefined) throw new GeniusError(`${file}: no <weight index="${issue.index}"> for issue "${issue.name}"`);
    return w;
  });
  const reservation = space.reservation as Node | undefined;
  const discount = space.discount_factor as Node | undefined;
  return {
    evaluations,
    weights,
    reservation: reservation ? number(reservation, 'value', '<reservation>', file) : 0,
    discount: discount ? number(discount, 'value', '<discount_factor>', file) : null,
  };
}

/** Reads a domain and two profiles; `files` name them in messages. */
export function readGenius(domainXml: string, profileXml: [string, string], files: [string, string, string]): GeniusDomain {
  const issues = readIssues(domainXml, files[0]);
  const profiles = [readProfile(profileXml[0], files[1], issues), readProfile(profileXml[1], files[2], issues)] as [GeniusProfile, GeniusProfile];
  return { issues: issues.map(({ name, values }) => ({ name, values })), profiles };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '\t', suppressEmptyNode: true });

function issueNodes(d: GeniusDomain, profile?: GeniusProfile): Node[] {
  return d.issues.map((issue, i) => ({
    '@_index': String(i + 1),
    '@_name': issue.name,
    '@_vtype': 'discrete',
    '@_type': 'discrete',
    '@_etype': 'discrete',
    item: issue.values.map((value, k) => ({
      '@_index': String(k + 1),
      '@_value': value,
      ...(profile ? { '@_evaluation': String(profile.evaluations[i][k]) } : {}),
    })),
  }));
}

const objective = (issue: Node[], extra: Node = {}): Node => ({ '@_index': '0', '@_description': '', '@_name': 'summit', '@_type': 'objective', '@_etype': 'objective', issue, ...extra });

/** The domain file and the two profiles, as GENIUS writes them. */
export function writeGenius(d: GeniusDomain): { domain: string; profiles: [string, string] } {
  const domain = builder.build({
    negotiation_template: {
      '@_number_of_sessions': '1',
      utility_space: { '@_number_of_issues': String(d.issues.length), objective: objective(issueNodes(d)) },
    },
  }) as string;
  const profile = (p: GeniusProfile) =>
    builder.build({
      utility_space: {
        reservation: { '@_value': String(p.reservation) },
        objective: objective(issueNodes(d, p), { weight: p.weights.map((w, i) => ({ '@_index': String(i + 1), '@_value': String(w) })) }),
      },
    }) as string;
  return { domain, profiles: [profile(d.profiles[0]), profile(d.profiles[1])] };
}
