/**
 * A live class, for a student: join with the PIN and a name (or come back to the same seat after
 * a reload), wait for a partner and for the teacher, then play through the usual scenes — the
 * briefing and the table read this side's view from the class server (session.useLive) — and,
 * when the talks end, replay the finished game here for the usual outcome and debrief.
 */
import { loadScenario, replayLog } from '../../engine/index.ts';
import { LiveConnection } from '../../live/client/connection.ts';
import { normalisePin } from '../../live/protocol.ts';
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { notify } from '../ui/notice.ts';
import { Screen } from '../ui/Screen.ts';
import { lt } from '../ui/strings/live.ts';

let connection: LiveConnection | null = null;

async function finish(c: LiveConnection): Promise<void> {
  const seat = c.seat!;
  const file = `scenarios/${seat.scenario}.json`;
  const text = await (await fetch(file)).text();
  const loaded = loadScenario(text, { warnings: false });
  if (!loaded.ok) return;
  const replay = replayLog(loaded.compiled, seat.finalLog!);
  if (!replay.ok) return;
  session.finishLive(loaded.compiled, file, text, replay.snapshot, seat.side!);
  c.room.send('debrief', {}); // the result is in: the roster shows it handed in
}

export class Live extends Screen<{ side?: number }> {
  private problem = '';
  private busy = false;

  constructor() {
    super('Live');
  }

  protected override setup(): void {
    this.problem = '';
    if (!connection) {
      this.busy = true;
      void LiveConnection.resume().then((c) => {
        this.busy = false;
        if (c) this.attach(c);
        else this.refresh();
      });
    } else this.attach(connection);
  }

  private attach(c: LiveConnection): void {
    connection = c;
    c.onFinished = (seat) => finish(c).then(() => void seat);
    session.useLive(c);
    this.onShutdown(c.subscribe(() => this.onSeat()));
    this.onSeat();
  }

  /** Moves on to the scene the seat is at; otherwise shows where the student waits. */
  private onSeat(): void {
    const seat = connection?.seat;
    if (!seat) return this.refresh();
    if (!session.isLive()) return; // finished: the flow shows the outcome
    if (seat.status === 'removed') notify(lt().removed, 'warning');
    if (seat.side !== null && seat.phase === 'negotiating') return session.showLive('Table', seat.side);
    if (seat.side !== null && seat.phase === 'briefing' && this.data_?.side === undefined) return session.showLive('Briefing', seat.side);
    this.refresh();
  }

  private join(pinInput: HTMLInputElement, nameInput: HTMLInputElement): void {
    const pin = normalisePin(pinInput.value);
    const name = nameInput.value.trim();
    if (pin.length !== 6 || !name) {
      this.problem = lt().needBoth;
      return this.refresh();
    }
    this.busy = true;
    this.refresh();
    LiveConnection.join(pin, name).then(
      (c) => {
        this.busy = false;
        this.attach(c);
      },
      (e: unknown) => {
        this.busy = false;
        this.problem = e instanceof Error ? e.message : String(e);
        this.refresh();
      },
    );
  }

  protected render(): void {
    const s = lt();
    const seat = connection?.seat ?? null;
    const body: (HTMLElement | null)[] = [];
    if (!connection) {
      const pinInput = el('input', {
        id: 'live-pin',
        testid: 'live-pin',
        autocomplete: 'off',
        maxlength: 8,
        value: new URLSearchParams(location.search).get('live') ?? '',
        'aria-label': s.pin,
        class: 'pin-input',
      });
      const nameInput = el('input', { id: 'live-name', testid: 'live-name', autocomplete: 'name', maxlength: 40, 'aria-label': s.name });
      body.push(
        el('h1', null, s.joinTitle),
        el('p', null, s.joinLede),
        el('label', { for: 'live-pin', class: 'field-label' }, s.pin),
        pinInput,
        el('label', { for: 'live-name', class: 'field-label' }, s.name),
        nameInput,
        this.problem ? el('p', { class: 'form-problem', role: 'alert', testid: 'live-problem' }, this.problem) : null,
        button(this.busy ? s.joining : s.join, () => this.join(pinInput, nameInput), { variant: 'primary big', testid: 'live-join', 'data-autofocus': '' }),
      );
    } else if (!seat) body.push(el('h1', null, s.reconnecting));
    else {
      const partner = seat.partnerIsComputer ? s.computer : (seat.partner ?? '');
      body.push(
        el('p', { class: 'muted', testid: 'live-me' }, seat.name),
        el('h1', { testid: 'live-wait' }, seat.side === null ? s.waitingPartner : s.waitingStart),
        el('p', null, seat.side === null ? s.waitingPartnerText : s.waitingStartText(partner)),
        seat.classPhase === 'paused' ? el('p', { role: 'status' }, s.paused) : null,
      );
    }
    this.root.append(el('div', { class: 'center-stack live-join', testid: 'live-screen' }, el('p', { class: 'eyebrow' }, s.eyebrow), ...body));
  }
}
