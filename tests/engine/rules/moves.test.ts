import { describe, expect, it } from 'vitest';
import { summit } from '../../support/summit-dsl.ts';
import { TRUST_RENEGE } from '../../../src/engine/rules/apply.ts';

describe('two students at one table (minimal scenario)', () => {
  it('a package proposed and accepted is an agreement with both utilities', () => {
    const t = summit().humanVsHuman().start().expectPhase('negotiating').expectToMove(0);
    t.propose({ border: 'patrolled', trade: 'quota' }).expectAccepted().expectToMove(1);
    t.accept().expectPhase('outcome');
    expect(t.value).toEqual({ outcome: 'agreement' });
    const o = t.game.outcome!;
    expect(o.kind).toBe('agreement');
    expect(o.deal).toEqual([1, 1]);
    // north: 0.7·1 + 0.3·1; south: 0.3·0.5 + 0.7·0.6
    expect(o.utilities[0]).toBeCloseTo(1, 10);
    expect(o.utilities[1]).toBeCloseTo(0.57, 10);
  });

  it('accepting with nothing on the table is refused, and nothing changes', () => {
    const t = summit().humanVsHuman().start();
    const before = JSON.stringify(t.game);
    t.accept().expectRefused('refusal.nothingToAccept').expectToMove(0);
    expect(JSON.stringify(t.game)).toBe(before);
  });

  it('an unknown item or option is refused with its name', () => {
    summit().humanVsHuman().start().propose({ borders: 'open' }).expectRefused('refusal.unknownItemId', { id: 'borders' });
    summit().humanVsHuman().start().propose({ border: 'wide' }).expectRefused('refusal.unknownOptionId', { item: 'border', id: 'wide' });
    summit()
      .humanVsHuman()
      .start()
      .send({ type: 'offer.propose', options: null as never })
      .expectRefused('refusal.proposalNamesOptions');
  });

  it('agreeing one item makes it tentative; it cannot be changed without reopening it', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled', trade: 'free' });
    t.agree('border').expectItem('border', 'tentative', 'patrolled').expectToMove(1);
    t.propose({ border: 'open', trade: 'quota' }).expectRefused('refusal.tentativeItem', { item: 0 });
    t.propose({ trade: 'quota' }).expectAccepted().expectToMove(0);
  });

  it('reopening a tentative item costs the other side’s trust', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled', trade: 'free' }).agree('border');
    const trustBefore = t.game.trust[0];
    t.reopen('border').expectItem('border', 'reopened');
    expect(t.game.trust[0]).toBeCloseTo(trustBefore - TRUST_RENEGE, 10);
    t.reopen('trade').expectRefused('refusal.notTentative', { item: 1 });
  });

  it('when every item is tentatively agreed, the deal is done', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled', trade: 'free' });
    t.agree('border').agree('trade').expectPhase('outcome');
    expect(t.game.outcome!.deal).toEqual([1, 2]);
  });

  it('a trade accepted settles both of its items', () => {
    const t = summit().humanVsHuman().start();
    t.trade(['trade', 'free'], ['border', 'patrolled']).expectAccepted().expectToMove(1);
    t.send({ type: 'trade.accept' }).expectPhase('outcome');
    expect(t.game.outcome!.deal).toEqual([1, 2]);
    summit().humanVsHuman().start().trade(['trade', 'free'], ['trade', 'quota']).expectRefused('refusal.tradeSameItem');
  });

  it('a trade not taken up lapses at the end of the other side’s turn', () => {
    const t = summit().humanVsHuman().start().trade(['trade', 'free'], ['border', 'patrolled']).pass();
    expect(t.game.trade).toBeNull();
    t.send({ type: 'trade.accept' }).expectRefused('refusal.nothingToTrade');
  });

  it('walking away ends the talks with both walk-away values', () => {
    const t = summit().humanVsHuman().start().walkAway().expectPhase('outcome');
    expect(t.value).toEqual({ outcome: 'walkout' });
    expect(t.game.outcome!.utilities).toEqual([t.c.domain.reservation[0], t.c.domain.reservation[1]]);
    expect(t.game.outcome!.by).toBe(0);
  });

  it('the deadline ends the talks in a breakdown when nothing is agreed', () => {
    const t = summit().humanVsHuman().start();
    for (let k = 0; k < 8; k++) t.pass();
    expect(t.value).toEqual({ outcome: 'breakdown' });
    expect(t.game.round).toBe(4);
    t.pass().expectPhase('outcome');
  });

  it('stating a priority does not use up the turn, but only once a round', () => {
    const t = summit().humanVsHuman().start();
    t.send({ type: 'priority.state', item: 'border' }).expectAccepted().expectToMove(0);
    t.send({ type: 'priority.state', item: 'trade' }).expectRefused('refusal.alreadyStated');
    t.pass().pass();
    t.send({ type: 'priority.state', item: 'trade' }).expectAccepted();
  });

  it('the move log records who did what, by index: no words in the state', () => {
    const t = summit().humanVsHuman().start().propose({ border: 'patrolled', trade: 'quota' });
    expect(t.game.history.at(-1)!.line).toEqual({ code: 'move.propose', params: { side: 0, options: [1, 1] } });
    expect(t.game.history.at(-1)!.utilities).toEqual([1, 0.57]);
  });
});

describe('against the computer', () => {
  it('the computer replies at once, through the same rules, and says why', () => {
    const t = summit().humanVs({ kind: 'computer', strategy: 'boulware' }).start();
    t.propose({ border: 'patrolled', trade: 'none' }).expectToMove(0);
    const reply = t.game.history.filter((h) => h.side === 1).at(-1)!;
    expect(reply.said!.map((s) => s.code)).toContain('reason.counterValue');
    expect(reply.mood).toBeDefined();
  });

  it('its stated numbers are the ones it computed (honest by construction)', () => {
    const t = summit().humanVs({ kind: 'computer', strategy: 'linear' }).start().propose({ border: 'patrolled', trade: 'none' });
    const reply = t.game.history.filter((h) => h.side === 1 && h.line.code === 'move.propose').at(-1)!;
    const proposal = t.game.proposals.at(-1)!;
    const own = proposal.options.reduce<number>((u, o, i) => u + t.c.domain.gains[1][i][o!], 0);
    expect(reply.said).toContainEqual({ code: 'reason.counterValue', params: { value: Math.round(own * 100) } });
    const offered = [1, 0].reduce((u, o, i) => u + t.c.domain.gains[1][i][o], 0);
    expect(reply.said).toContainEqual(expect.objectContaining({ code: 'reason.tableValue', params: expect.objectContaining({ value: Math.round(offered * 100) }) }));
  });

  it('it never accepts its own red line, and quotes it', () => {
    const t = summit().humanVs({ kind: 'computer', strategy: 'conceder' }, 1).start();
    // north (computer) opened; south proposes the open border, north's red line
    t.propose({ border: 'open', trade: 'quota' });
    const reply = t.game.history.filter((h) => h.side === 0).at(-1)!;
    // north's red line on the border (item 0), crossed by "open" (option 2); the view quotes the scenario's text
    expect(reply.said).toContainEqual({ code: 'reason.redLine', params: { side: 0, item: 0, option: 2 } });
    expect(t.phase).toBe('negotiating');
  });

  it('asked for its priority, it answers truthfully once trust allows', () => {
    const t = summit().humanVs({ kind: 'computer', strategy: 'linear' }).start();
    t.send({ type: 'priority.ask' });
    expect(t.game.history.at(-1)!.said).toEqual([{ code: 'reason.priorityTop', params: { item: 1 } }]);
    t.game; // trust starts at 0.5, above the 0.35 needed
  });

  it('a difficulty picks the scenario’s personality for it', () => {
    const t = summit().humanVs({ kind: 'computer', difficulty: 'hard' }).start();
    expect(t.game.profiles[1]).toMatchObject({ personality: 'rock', strategy: 'boulware' });
    summit()
      .humanVs({ kind: 'computer', personality: 'nobody' })
      .send({ type: 'game.setup', setup: { seed: 's', players: [{ kind: 'human' }, { kind: 'computer', personality: 'nobody' }] } })
      .expectPhase('setup')
      .expectRefused('setup.unknownPersonality', { value: 'nobody' });
  });
});
