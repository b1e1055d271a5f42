/**
 * The engine's public face: what the browser game, the command line and the tests use.
 * Headless: nothing here imports Phaser or the DOM (biome.jsonc enforces it: `npm run lint`).
 */
export { ENGINE_VERSION } from './version.ts';
export { withoutDirectionControls, hasDirectionControls } from './direction.ts';
export { MAX_SCENARIO_BYTES, MAX_LOG_BYTES } from './limits.ts';
export type { Domain, Outcome, SideIndex } from './model/domain.ts';
export { utilityOf, utilitiesOf, outcomeCount, makeDomain } from './model/domain.ts';
export { toPoints, formatPoints, utilityPoints, wholePercent, percentText } from './model/points.ts';
export { SCENARIO_FORMAT, scenarioSchema, scenarioJsonSchema, STRATEGIES, DIFFICULTIES } from './scenario/schema.ts';
export type { Scenario, ScenarioSource, ScenarioInput, Side, Item, Option, ThirdParty, ScenarioEvent, Personality, Strategy, Difficulty, LessonKit } from './scenario/schema.ts';
export { loadScenario, loadScenarioData, type LoadResult, type LoadOptions } from './scenario/load.ts';
export { MIGRATIONS, upgradeScenario, type Migration } from './scenario/migrations.ts';
export { formatProblem, type Problem } from './scenario/problems.ts';
export type { CompiledScenario } from './scenario/compile.ts';
export { summitMachine, replayMachine, MAX_LOG_EVENTS, type SummitMachine, type SummitContext } from './machine/summit-machine.ts';
export type { SummitEvent, MoveEvent, ClassEvent, ItemChoice } from './machine/events.ts';
export { MOVE_EVENT_TYPES } from './machine/events.ts';
export { phaseOf, playerView, jointStatement, automationState, thirdPartyViews } from './machine/selectors.ts';
export type { Phase, PlayerView, ItemView, OptionView, HistoryLine, NewsView, ThirdPartyView } from './machine/selectors.ts';
export { MAX_NAME_LENGTH, type GameSetup, type PlayerConfig, type GameState, type GameOutcome, type OutcomeKind, type Mood } from './rules/state.ts';
export { cleanPlayerName, DIFFICULTY_STRATEGY } from './rules/setup.ts';
export { CODES, said, isSaid, type Code, type CodeParams, type Said, type Choice } from './words/codes.ts';
export { recordLog, replayLog, type GameLog, type ReplayResult } from './log/game-log.ts';
export { debriefView, type DebriefView, type Point } from './machine/debrief.ts';
export { analyzeScenario, type ScenarioAnalysis } from './analysis/scenario-analysis.ts';
export { distanceToFrontier, distanceToNash } from './analysis/analyze.ts';
export { encodeResultCode, decodeResultCode, readCodeHeader, MAX_CODE_LENGTH, RESULT_CODE_VERSION } from './log/result-code.ts';
export {
  verifyLog,
  verifyCode,
  verifyLogInSlices,
  verifyCodeInSlices,
  collect,
  classStatistics,
  resultsCsv,
  csvCell,
  redLineCrossings,
  sideName,
  NO_NAME,
  type SideRank,
} from './class/class-results.ts';
export type { VerifiedResult, Verification, ClassImport, ClassStatistics, Duplicate } from './class/class-results.ts';
export { setupDifferences, type SetupDifference } from './class/session-check.ts';
export {
  encodeSession,
  decodeSession,
  setupFor,
  sessionId,
  sideForSeat,
  needsSeat,
  describeSession,
  describeOpponent,
  STRATEGY_NAMES,
  SIDE_ASSIGNMENTS,
  type ClassSession,
  type SideAssignment,
  type Opponent,
} from './session/class-session.ts';
