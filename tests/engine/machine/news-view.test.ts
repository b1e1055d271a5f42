/**
 * The round's news as a player sees it (PlayerView.news, the one field the table's banner and its
 * screen-reader announcement render): every news line of the current round, in order, each with
 * only the changes this player may see. The other side's values and walk-away are private, so a
 * news change to them must never reach this player's view.
 */
import { describe, expect, it } from 'vitest';
import { playerView, type PlayerView, type Said, type SideIndex } from '../../../src/engine/index.ts';
import { seededRng } from '../../../src/engine/rng.ts';
import { summit } from '../../support/summit-dsl.ts';

const PRIVATE = new Set(['change.newsValue', 'change.newsWalkAway']);
const othersPrivate = (changes: readonly Said[], side: SideIndex) => changes.filter((ch) => PRIVATE.has(ch.code) && (ch.params as { side: number }).side !== side);

/** Two students at one table, passing or proposing at random; the teacher releases news now and then. */
function classGame(g: number) {
  const t = summit('danang-2017').humanVsHuman().withSeed(`news-view-${g}`).start();
  const rng = seededRng(`news-moves-${g}`);
  const events = t.c.scenario.events;
  const seen: { view: PlayerView; side: SideIndex }[] = [];
  for (let k = 0; k < 16 && t.phase === 'negotiating'; k++) {
    const r = rng.next();
    if (r < 0.2) t.send({ type: 'class.news', event: events[Math.floor(rng.next() * events.length)].id });
    else if (r < 0.5) {
      const offer = Object.fromEntries(t.c.domain.itemIds.map((item, i) => [item, t.c.domain.optionIds[i][Math.floor(rng.next() * t.c.domain.optionIds[i].length)]]));
      t.send({ type: 'offer.propose', options: offer });
    } else t.pass();
    for (const side of [0, 1] as const) seen.push({ view: playerView(t.c, t.context, side)!, side });
  }
  return { t, seen };
}

describe("the round's news in a player's view", () => {
  it('never carries a news change to the other side’s values or walk-away (40 games, both seats, every step)', () => {
    let hidden = 0;
    let shownOwn = 0;
    for (let g = 0; g < 40; g++) {
      const { t, seen } = classGame(g);
      for (const { view, side } of seen)
        for (const news of view.news) {
          expect(othersPrivate(news.changes, side), `game ${g}, side ${side}, ${news.id}`).toEqual([]);
          shownOwn += news.changes.filter((ch) => PRIVATE.has(ch.code)).length;
        }
      // The state holds the other side's changes (so the filter had something to strip).
      for (const h of t.game.history) if (h.line.code === 'news') hidden += othersPrivate(h.changes ?? [], 0).length + othersPrivate(h.changes ?? [], 1).length;
    }
    expect(hidden).toBeGreaterThan(0);
    expect(shownOwn).toBeGreaterThan(0);
  });

  it('holds every news line of the current round, in order, and none of an earlier round', () => {
    const t = summit('danang-2017').humanVsHuman().withSeed('two-news').start();
    t.send({ type: 'class.news', event: 'nassib-pressure' }).send({ type: 'class.news', event: 'amman-quiet-week' });
    const [us, russia] = [playerView(t.c, t.context, 0)!, playerView(t.c, t.context, 1)!];
    const roundNews = t.game.history.filter((h) => h.line.code === 'news' && h.round === t.game.round).map((h) => (h.line.params as { event: string }).event);
    expect(roundNews.slice(-2)).toEqual(['nassib-pressure', 'amman-quiet-week']);
    for (const v of [us, russia]) expect(v.news.map((e) => e.id)).toEqual(roundNews);
    const nassib = t.c.scenario.events.find((e) => e.id === 'nassib-pressure')!;
    expect(us.news.find((e) => e.id === nassib.id)).toMatchObject({ title: nassib.title, text: nassib.text });
    // The Nassib news moves a value of each side: each player sees their own and not the other's.
    const valueSides = (v: PlayerView) => v.news.flatMap((e) => e.changes.filter((ch) => ch.code === 'change.newsValue').map((ch) => (ch.params as { side: number }).side));
    expect(new Set(valueSides(us))).toEqual(new Set([0]));
    expect(new Set(valueSides(russia))).toEqual(new Set([1]));
    // A new round starts with only its own news.
    const round = t.game.round;
    while (t.game.round === round && t.phase === 'negotiating') t.pass();
    const next = playerView(t.c, t.context, 0)!;
    expect(next.news.map((e) => e.id)).toEqual(t.game.history.filter((h) => h.line.code === 'news' && h.round === t.game.round).map((h) => (h.line.params as { event: string }).event));
    expect(next.news.map((e) => e.id)).not.toContain('amman-quiet-week');
  });
});
