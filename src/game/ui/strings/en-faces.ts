/**
 * The words of Summit's faces and motion: the counterpart's envoy (its expressions, read aloud),
 * the third parties' emblems, the deal moment, and the reduce-motion setting.
 */
import type { Expression } from '../envoy-expression.ts';

export const enFaces = {
  /** What a screen reader says for the envoy's picture: whose envoy, and the face it makes. */
  envoyLabel: (side: string, expression: string) => `Envoy of ${side}, ${expression}`,
  expressions: {
    waiting: 'waiting',
    neutral: 'attentive',
    pleased: 'pleased',
    concerned: 'displeased',
    angry: 'angry, ready to leave',
    agreeing: 'agreeing',
  } satisfies Record<Expression, string>,
  /** The speech bubble, read aloud before the reply. */
  envoySays: (side: string) => `${side} says:`,
  /** A third party's emblem, for screen readers. */
  emblemLabel: (name: string, reaction: string) => `${name}: ${reaction}`,
  reduceMotion: 'Reduce motion (no sliding or animated pictures)',
  reduceMotionOs: 'Your device asks for reduced motion: the game follows it.',
  dealEyebrow: 'The talks are over',
  dealHeading: 'Deal!',
  dealAnnounce: (a: string, b: string) => `${a} and ${b} agree on the whole package.`,
  dealSealLabel: (a: string, b: string) => `A handshake under the seal of ${a} and ${b}`,
  dealContinue: 'See the joint statement',
};
