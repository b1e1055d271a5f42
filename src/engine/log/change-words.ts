/**
 * What changed in a scenario's play data since a log or code was made, in plain words for the
 * teacher page and the command line (English, like every verification reason). The sections and
 * their digests are facts (../scenario/play-identity.ts); this only words them.
 */
import { changedSections, type PlaySection } from '../scenario/play-identity.ts';

const SECTION_WORDS: Record<string, (id: string) => string> = {
  order: () => 'the order of the sides, items, events or counterparts',
  rules: () => 'the rules (deadline, opener, partial statements)',
  side: (id) => `side "${id}" (its priorities, walk-away or red lines)`,
  item: (id) => `item "${id}" (its options, values or effects)`,
  parties: () => 'the list of third parties',
  event: (id) => `event "${id}" (its chance, trigger or effects)`,
  personality: (id) => `counterpart "${id}" (its strategy or settings)`,
};

/** What changed, in plain words: "item "geneva" (…), event "x" (…)". */
export function describeChange(sections: readonly PlaySection[], packed: string | undefined): string {
  if (packed === undefined || packed === '') return 'its play data (values, rules or events) changed';
  const { changed, removed } = changedSections(sections, packed);
  const words = changed.map((key) => {
    const [kind, id = ''] = key.split(/:(.*)/s);
    return (SECTION_WORDS[kind] ?? (() => key))(id);
  });
  if (removed > 0 && words.length === 0) words.push('something was removed (an item, an event or a counterpart)');
  return words.length ? `changed since: ${words.join('; ')}` : 'its play data changed';
}
