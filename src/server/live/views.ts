/**
 * What each client is sent: a student their own seat (their side's view only, from the engine's
 * selector), the teacher the roster. Built fresh from the model, never from shared room state.
 */
import type { RosterEntry, SeatState, StudentStatus } from '../../live/protocol.ts';
import type { ClassModel, Student, TableEntry } from './class-model.ts';

function partnersOf(model: ClassModel, s: Student, entry: TableEntry | null): { names: string | null; computer: boolean; connected: boolean; goneForGood: boolean } {
  if (!entry || s.side === null) return { names: null, computer: false, connected: false, goneForGood: false };
  const other = (1 - s.side) as 0 | 1;
  const ids = entry.voices[other];
  if (ids.length === 0) {
    const computer = entry.table.isComputer(other);
    return { names: computer ? 'computer' : null, computer, connected: computer, goneForGood: !computer };
  }
  const people = ids.map((id) => model.students.get(id)!);
  return { names: people.map((p) => p.name).join(' & '), computer: false, connected: people.some((p) => p.connected), goneForGood: false };
}

export function statusOf(s: Student, entry: TableEntry | null): StudentStatus {
  if (s.gone) return 'removed';
  if (!s.connected) return 'disconnected';
  if (!entry) return 'waiting';
  if (s.handedIn) return 'handed-in';
  switch (entry.table.outcomeKind) {
    case null:
      return entry.table.phase === 'briefing' ? 'reading' : 'negotiating';
    case 'agreement':
    case 'partial':
      return 'agreed';
    case 'walkout':
      return 'walked-out';
    default:
      return 'no-deal';
  }
}

export function seatState(model: ClassModel, s: Student, sessionCode: string, ack: number | null): SeatState {
  const entry = model.tableOf(s);
  const partner = partnersOf(model, s, entry);
  return {
    studentId: s.id,
    name: s.name,
    classPhase: model.phase,
    status: statusOf(s, entry),
    side: s.side,
    partner: partner.names,
    partnerIsComputer: partner.computer,
    partnerConnected: partner.connected,
    scenario: model.c.scenario.id,
    session: sessionCode,
    phase: entry ? entry.table.phase : null,
    view: entry && s.side !== null ? entry.table.viewFor(s.side) : null,
    ack,
    lastSeq: s.lastSeq,
    scenarioTitle: model.c.scenario.title,
    finalLog: entry && entry.table.outcomeKind !== null ? entry.table.log() : null,
    canFinishVsComputer: partner.goneForGood && entry !== null && entry.table.outcomeKind === null,
  };
}

export function roster(model: ClassModel): RosterEntry[] {
  return [...model.students.values()]
    .filter((s) => !s.gone || s.tableId !== null)
    .map((s) => {
      const entry = model.tableOf(s);
      const partner = partnersOf(model, s, entry);
      return {
        id: s.id,
        name: s.name,
        side: s.side,
        partner: partner.names,
        partnerIsComputer: partner.computer,
        round: entry ? entry.table.round : null,
        status: statusOf(s, entry),
        connected: s.connected,
        secondVoice: entry !== null && s.side !== null && entry.voices[s.side].length > 1,
        tableId: s.tableId,
      };
    });
}
