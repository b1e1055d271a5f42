/**
 * The counterpart's envoy at the table: its bust (ui/envoy-art.ts), whose face follows the mood of
 * its last reply, and that reply in a speech bubble beside it. Only a computer counterpart has an
 * envoy: in a two-player game the other side is a person, and its reply shows as plain text.
 */
import type { PlayerView, ThirdPartyView } from '../../../engine/index.ts';
import { el } from '../../ui/dom.ts';
import { emblemArt } from '../../ui/emblems.ts';
import { envoyArt } from '../../ui/envoy-art.ts';
import { expressionOf, type Expression } from '../../ui/envoy-expression.ts';
import { wordsAll } from '../../ui/say-here.ts';
import { t } from '../../ui/strings/index.ts';
import * as session from '../../session.ts';
import { sideColor } from '../../ui/emblem.ts';
import { CSS_COLOR } from '../../ui/theme.ts';
import { reactionWord } from '../../ui/words.ts';

/** The envoy's picture, named for screen readers ("Envoy of Russia, displeased") and marked with its expression for tests. */
export function envoyFigure(v: PlayerView, expression: Expression = expressionOf(v), size: 'table' | 'large' = 'table'): HTMLElement {
  const tie = CSS_COLOR(sideColor(session.scenario().scenario.sides, v.side === 0 ? 1 : 0));
  return el(
    'div',
    {
      class: `envoy envoy-${size}`,
      role: 'img',
      'aria-label': t.envoyLabel(v.them.name, t.expressions[expression]),
      testid: 'envoy',
      'data-expression': expression,
      // A new expression is a new node, so its small arrival motion plays (faces.css).
      key: `envoy-${size}-${expression}`,
    },
    envoyArt(expression, tie, `envoy-${size}`),
  );
}

/** The reply: beside the envoy in a speech bubble against the computer, as plain text against a person. */
export function replyBlock(v: PlayerView): HTMLElement {
  const reply = v.lastReply;
  const said = reply?.said
    ? el('blockquote', { class: 'reply', testid: 'reply' }, wordsAll(reply.said))
    : el('p', { class: 'muted reply-empty' }, v.myTurn ? (v.them.counterpart ? t.yourMove : t.yourMoveHuman(v.them.name)) : t.waitingFor(v.them.name));
  if (!v.them.counterpart) return said;
  said.classList.add('bubble');
  return el('div', { class: 'envoy-row' }, envoyFigure(v), said);
}

/** A third party's emblem, the scenario's or its initials; a changed reaction is a new node, so it gives a small start (faces.css). */
export function partyEmblem(p: ThirdPartyView): HTMLElement {
  const given = session.scenario().scenario.thirdParties.find((x) => x.id === p.id)?.emblem;
  return el(
    'span',
    {
      class: 'party-emblem',
      role: 'img',
      'aria-label': t.emblemLabel(p.name, reactionWord(p.reaction).word),
      testid: `emblem-${p.id}`,
      'data-reaction': p.reaction,
      // What is drawn, for tests and tools: the scenario's shape and colours, or "initials".
      'data-emblem': given ? `${given.shape}:${given.colors.join(',')}` : 'initials',
      key: `emblem-${p.id}-${p.reaction}`,
    },
    emblemArt(p, given),
  );
}
