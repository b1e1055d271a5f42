/** The teacher page's English words for bringing results in: pasting and dropping, checking, what was kept, what could not be used and why, and the session check. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enDebrief = {
  debriefLede: 'Collect your students’ result codes or files. Each one is checked by replaying the whole game, so a mistyped or edited result is caught and never counted.',
  pasteLabel: 'Paste result codes',
  pastePlaceholder: 'S045P8-RBEC5-Q6EB9-…\nS03ZK1-…\n(one code per line, or separated by spaces or commas)',
  addCodes: 'Check and add codes',
  clearAll: 'Clear all results…',
  confirmClearLabel: 'Confirm clearing',
  confirmClear: 'Remove every result from this page and this browser? This cannot be undone.',
  confirmClearYes: 'Yes, clear them',
  confirmClearNo: 'Keep them',
  dropTitle: 'Drop result files here',
  dropHint: 'Students’ result files (.json), many at once. Each file is checked and replayed; files over 1 MB are refused.',
  chooseFiles: 'Choose files…',
  nothingToImport: 'Nothing to import: paste codes or choose files first.',
  checking: (n: number) => `Checking ${n}…`,
  checkingOf: (done: number, total: number) => `Checking ${done} of ${total}…`,
  keptHere: (n: number) => `Kept in this browser: ${n} result${plural(n, '', 's')}`,
  checkedIn: (n: number, seconds: string) => `Checked ${n} in ${seconds} s`,
  checkedSummary: (what: string, ok: number, bad: number, games: number) => `${what}: ${ok} verified, ${bad} could not be used. The class now has ${games} game${plural(games, '', 's')}.`,
  noVerified: 'No verified games yet.',
  resultsAppear: 'The class’s results appear here once you import them.',
  scenarioPickerLabel: 'Scenario',
  severalScenarios: 'Results for several scenarios:',
  cleared: 'Cleared: this browser no longer keeps the class’s results.',

  // ——— kept in this browser ———
  storeOtherVersion: 'The results kept in this browser are from another version of this page and were not read.',
  storeLost: (n: number) => `${n} kept result${plural(n, '', 's')} could not be read back.`,
  storeDamaged: 'The results kept in this browser are damaged and could not be read.',
  storeUnkept: 'This browser would not keep these results (its storage is full or blocked): they stay until you close the page — download the CSV before you do.',

  // ——— where a result came from (its name in every list) ———
  sourceLine: (line: number) => `line ${line}`,
  sourcePaste: (paste: number, line: number) => `paste ${paste}, line ${line}`,
  sourcePasted: 'pasted text',
  sourceUnnamed: 'unnamed file',
  sourceLive: (who: string) => `live: ${who}`,
  liveGame: 'live game',

  // ——— why something handed in is not a result (the page's own checks) ———
  bad: {
    tooMuchText: (n: string) => `that is far more text than a class's codes (${n} characters): paste the codes only`,
    brokenJson: (why: string) => `broken JSON (${why}): the file may be cut short`,
    cannotBeRead: 'cannot be read',
    resultWithoutGame: 'a Summit result file, but it holds neither a game log nor a result code',
    otherJson: 'a JSON file, but not a Summit result or game log',
    tooLarge: (mb: string) => `the file is too large (${mb} MB): a Summit result file is a few kilobytes`,
    unreadable: 'the file could not be read',
    empty: 'the file is empty',
    notResult: 'not a Summit result: neither a result file nor a result code',
    forScenario: (id: string, why: string) => `it is for scenario "${id}": ${why}`,
    noScenario: 'the game log does not say which scenario it was played on',
    damaged: 'the game log is damaged and cannot be replayed',
  },

  // ——— what could not be counted ———
  invalidTitle: (n: number) => `Could not be used (${n})`,
  invalidHint: 'Pasted codes that could not be used stay in the paste box: correct them there and check them again.',
  duplicatesTitle: (n: number) => `Duplicates and copies, counted once (${n})`,
  copyOf: (sameAs: string, sameAsName: string, name: string) => ` has the same moves as ${sameAs} (${sameAsName}) under another name (${name}): a copy, or the same game handed in twice`,
  sameGame: (sameAs: string) => ` is the same game as ${sameAs}`,
  padded: (n: number) => `, padded with ${n} move${plural(n, '', 's')} the game ignored`,

  // ——— the session check ———
  sessionLabel: 'Your session’s link or code',
  sessionPlaceholder: 'https://…/index.html?session=C… or C…',
  sessionOptional: 'Optional. Without it, every verified game is counted.',
  sessionBad: (reason: string) => `${reason}. Every verified game is counted until a session is given.`,
  sessionChecking: (scenario: string) => `Checking every game against this session (scenario “${scenario}”). Games played under other settings are shown apart, with the reason.`,
  apartTitle: (n: number) => `Played under other settings, shown apart (${n})`,
  apartHint: 'These games were replayed and are real, but their setup is not the session’s: they are not counted in the class’s numbers, chart or rankings.',
  sideWords: ['the first side', 'the second side'],
  apart: {
    scenario: (got: string, expected: string) => `played on another scenario (“${got}”, the session's is “${expected}”)`,
    counterpart: (got: string, expected: string) => `played against another counterpart (${got}; the session sets ${expected})`,
    seed: (got: string, expected: string) => `played with its own dice (seed “${got}”; the class seed is “${expected}”)`,
    rounds: (got: number | null, expected: number | null) => `played over ${got ?? 'the scenario’s'} rounds (the session sets ${expected ?? 'the scenario’s own number'})`,
    modeComputer: 'played against the computer (the session is for two students on one device)',
    modePair: 'played by two people (the session is against the computer)',
    bothSides: 'both sides were played by people (the session is against the computer)',
    side: (got: string, expected: string) => `played ${got} (the session assigns ${expected})`,
    noSession: 'not started from this session’s link or code',
    otherSession: 'started from another session’s link or code',
  },
};
