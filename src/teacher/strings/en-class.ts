/** The teacher page's English words for the class view: headline numbers, option shares, the chart, the rankings, every game, a game's replay and the printed handout. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enClass = {
  outcomeWords: { agreement: 'Agreement', partial: 'Partial', breakdown: 'No deal', walkout: 'Walk-out' } as Record<string, string>,
  statGames: 'games verified',
  statAgreement: 'reached full agreement',
  statAgreementNote: (n: number, of: number) => `${n} of ${of}`,
  statPartial: 'partial statements',
  statBreakdown: 'no deal by the deadline',
  statWalkout: 'walk-outs',
  noShares: 'No game reached an agreement yet, so there are no shares to show.',
  reallyHappened: '■ Really happened',
  downloadCsv: 'Download CSV',
  downloadCsvLabel: 'Download CSV: the results, one row per student game',
  printHandout: 'Print handout',
  chartTitle: 'Every deal on the outcome chart',
  sharesTitle: 'What the class agreed, item by item',
  sharesHint: (real: string | null) => `Share of the agreements that chose each option; ■ marks what really happened${real ? ` (${real})` : ''}.`,
  rankingsTitle: 'Rankings',
  everyGame: 'Every game',
  everyGameHint: 'Points are 0–100 for each side. “To Nash”: how far a deal lies from the Nash point, in points (0 = on it).',

  // ——— the results table ———
  resultsCaption: 'Every verified game',
  columns: { student: 'Student', source: 'Source', side: 'Side', counterpart: 'Counterpart', outcome: 'Outcome', round: 'Round', own: 'Own', joint: 'Joint', toNash: 'To Nash', redLine: 'Red line' },
  replayColumn: 'Replay',
  bothPair: 'Both (pair)',
  classmate: 'a classmate',
  replay: 'Replay',
  replayLabel: (name: string, source: string) => `Replay the game of ${name} (${source})`,
  noName: '(no name)',

  // ——— rankings ———
  noGamesSide: 'No games on this side yet.',
  redLineTitle: 'The agreed deal crosses this student’s own red line',
  redLineCrossed: '✕ red line crossed',
  sideRankTitle: (side: string) => `${side}: gain over the walk-away`,
  sideRankHint: (side: string, walkAway: string | null) => `Points won above what walking away was worth to ${side}${walkAway === null ? '' : ` (${walkAway})`}.`,
  pointsTitle: (p: string) => `${p} points`,
  jointTitle: 'By joint gain',
  jointHint: 'Both sides’ points added up: how much value the talks created. Each game once.',

  // ——— the chart ———
  chartNash: (p: string) => `Nash point: ${p}`,
  chartReal: (p: string) => `What really happened: ${p}`,
  otherValuesNote: ' (the news changed this game’s values differently: its own frontier differs)',
  chartAsTable: 'The chart as a table',
  deal: 'Deal',
  pointsFor: (side: string) => `Points for ${side}`,
  nashFair: 'Nash point (fair split)',
  whatReallyHappened: 'What really happened',
  walkAwayNoDeal: 'Walk-away (no deal)',
  chartDescription: (deals: number, games: number, a: string, b: string) =>
    `Class outcome chart: ${deals} deal${plural(deals, '', 's')} among ${games} game${plural(games, '', 's')}, points for ${a} across and ${b} up, with the Pareto frontier, the Nash point and what really happened.`,
  axis: (side: string) => `${side}: points →`,
  legendDeals: (n: number) => `Students’ deals: ${n}`,
  legendNoDeal: (n: number) => ` (${n} without a deal)`,
  legendFrontier: 'Pareto frontier: no deal beats these for both sides',
  legendOtherValues: (n: number) =>
    `${n} game${plural(n, '', 's')} ended with other values (the news changed them differently), so ${plural(n, 'its', 'their')} frontier differs; the table measures each game against its own`,
  legendNash: (p: string) => `Nash point ${p}`,
  legendWalk: (p: string) => `Walk-away ${p}`,

  // ——— the handout (printed) ———
  handoutEyebrow: 'Summit — class debrief',
  handoutLede: (games: number, rate: string, partial: number, none: number) =>
    `${games} game${plural(games, '', 's')}: ${rate} reached a full agreement; partial statements: ${partial}; no deal: ${none}.`,
  handoutItem: 'Item',
  handoutMost: 'The class most often agreed',
  reportedly: ' (reportedly)',
  questions: 'Questions for discussion',
  sources: 'Sources',

  // ——— a game's replay ———
  event: 'Event',
  /** After a side's name, before what it did. */
  colon: ': ',
  student: ' (student)',
  roundShort: (n: number) => `R${n}`,
  whatHappened: 'What happened',
  onTable: 'On the table',
  offeredBy: (side: string) => `On the table — offered by ${side}`,
  nothingYet: 'Nothing yet.',
  worth: (a: string, sideA: string, b: string, sideB: string) => `Worth ${a} to ${sideA}, ${b} to ${sideB}`,
  items: 'Items',
  outcome: (words: string) => `Outcome: ${words}`,
  previous: '← Previous',
  next: 'Next →',
  close: 'Close',
  sidesAnd: ' and ',
  replayMeta: (source: string, seed: string, against: string) => `${source} · seed “${seed}” · against ${against}`,
  replayRedLine: (side: string) => `✕ The agreed deal crosses ${side}’s own red line: the student playing it gave up what their brief ruled out.`,
  step: (k: number, n: number, round: number) => `Step ${k} of ${n} · round ${round}`,
  noMoves: 'This game has no moves.',
  nothingToShow: 'Nothing to show.',
};
