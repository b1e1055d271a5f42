/**
 * Frequency opponent model (GENIUS HardHeadedFrequencyModel): an item whose option the other side
 * keeps unchanged between offers probably matters to them, so it gains weight; options they offer
 * often are probably worth more to them.
 */
import type { OpponentModel } from '../rules/state.ts';

const LEARN_RATE = 0.2;

export function emptyModel(optionCounts: readonly number[]): OpponentModel {
  const n = optionCounts.length;
  return { weights: optionCounts.map(() => 1 / n), counts: optionCounts.map((k) => new Array<number>(k).fill(0)), last: null };
}

function normalise(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}

/** Learns from a proposal made by the modelled side; returns a new model. */
export function observeProposal(model: OpponentModel, options: readonly (number | null)[]): OpponentModel {
  const n = model.weights.length;
  let weights = model.weights.slice();
  if (model.last) {
    for (let i = 0; i < n; i++) if (options[i] !== null && options[i] === model.last[i]) weights[i] += LEARN_RATE / n;
    weights = normalise(weights);
  }
  const counts = model.counts.map((c, i) => {
    const o = options[i];
    if (o === null) return c;
    const copy = c.slice();
    copy[o] += 1;
    return copy;
  });
  return { weights, counts, last: options.slice() };
}

/** The modelled side said an item matters most; believe it as far as trust allows. */
export function observeStatedPriority(model: OpponentModel, item: number, trust: number): OpponentModel {
  const weights = model.weights.slice();
  weights[item] += 0.5 * trust;
  return { ...model, weights: normalise(weights) };
}

/** The model's estimate of each option's weighted value to the modelled side: score[item][option]. */
export function modelScores(model: OpponentModel): number[][] {
  return model.counts.map((c, i) => {
    const max = Math.max(...c);
    // With nothing observed yet on an item, every option looks the same.
    return c.map((k) => (max > 0 ? (model.weights[i] * k) / max : 0));
  });
}

export function estimatedUtility(model: OpponentModel, outcome: readonly number[]): number {
  const scores = modelScores(model);
  return outcome.reduce((u, o, i) => u + scores[i][o], 0);
}

/** The item the model believes matters most to the modelled side. */
export function believedPriority(model: OpponentModel): number {
  let best = 0;
  model.weights.forEach((w, i) => {
    if (w > model.weights[best]) best = i;
  });
  return best;
}
