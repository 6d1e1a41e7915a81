/**
 * Hiring forecast math (DESIGN "Analytics for hiring managers"): per-stage pass-through with its
 * uncertainty, expected hires by a target date, and the weekly inflow each stage needs. Pure and
 * deterministic: the Monte Carlo uses a seeded PRNG, so the same inputs give the same numbers.
 */

// ---- special functions ----

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905, -0.13857109526572012,
  9.984369578019572e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; ~15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.9999999999998099;
  const t = z + 7.5;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b): the CDF of Beta(a, b) at x. */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The q-quantile of Beta(a, b), by bisection on the CDF (to ~1e-12). */
export function betaQuantile(q: number, a: number, b: number): number {
  if (q <= 0) return 0;
  if (q >= 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// ---- pass-through posterior ----

export interface PassThroughPosterior {
  /** Beta(alpha, beta) = Beta(1 + passed, 1 + failed): a uniform prior updated by the history. */
  alpha: number;
  beta: number;
  mean: number;
  /** Central 90% credible interval (5th and 95th percentiles). */
  low: number;
  high: number;
}

/**
 * Posterior of a stage's pass-through rate after `passed` applications moved on and `failed` were
 * rejected or withdrew there, under a uniform Beta(1, 1) prior. With no history it is the prior
 * itself (mean .5, interval .05–.95): wide on purpose, never a made-up precise rate.
 */
export function passThroughPosterior(passed: number, failed: number): PassThroughPosterior {
  if (!Number.isInteger(passed) || !Number.isInteger(failed) || passed < 0 || failed < 0) {
    throw new RangeError('passed and failed must be non-negative integers');
  }
  const alpha = 1 + passed;
  const beta = 1 + failed;
  return { alpha, beta, mean: alpha / (alpha + beta), low: betaQuantile(0.05, alpha, beta), high: betaQuantile(0.95, alpha, beta) };
}

// ---- seeded sampling ----

/** mulberry32: a small, fast 32-bit PRNG; uniform in [0, 1). Same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the log away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia–Tsang (with the shape < 1 boost). */
export function sampleGamma(shape: number, random: () => number): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function sampleBeta(alpha: number, beta: number, random: () => number): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x / (x + y);
}

/** Binomial(n, p) by n Bernoulli trials: pipelines are small (tens to hundreds per stage). */
export function sampleBinomial(n: number, p: number, random: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

// ---- forecast ----

export interface ForecastStageInput {
  name: string;
  /** Historical applications that left this stage forward (moved to a later stage, or were hired from it). */
  passed: number;
  /** Historical applications that ended here (rejected or withdrawn in this stage). */
  failed: number;
  /** Today's active applications in this stage. */
  active: number;
  /** Historical mean days spent in this stage by those that left it; null when none did (counted as 0). */
  meanDaysInStage: number | null;
}

export interface ForecastInput {
  /** The opening's loop, in order; passing the last stage means being hired. */
  stages: readonly ForecastStageInput[];
  headcount: number;
  hiredSoFar: number;
  /** Whole days from today to the target date (may be ≤ 0 when it has passed). */
  daysToTarget: number;
  draws?: number;
  seed?: number;
}

export interface ForecastStage {
  name: string;
  active: number;
  passThrough: PassThroughPosterior;
  /** Mean of the posterior product of this and every later stage's pass-through: P(hire | in this stage). */
  hireProbability: number;
  /** Expected days from entering this stage to a hire: Σ of this and later stages' mean days. */
  daysToHire: number;
  /** Whether an application in this stage today is expected to be hired before the target date. */
  inTime: boolean;
  /**
   * Extra candidates per week this stage needs to start receiving, from today, to close the gap to the
   * headcount by the target date; null when nothing entering this stage now can finish in time, 0 when
   * no gap is expected.
   */
  neededPerWeek: number | null;
}

export interface ForecastResult {
  stages: ForecastStage[];
  /** Hires expected from today's active pipeline by the target date (not counting hiredSoFar). */
  expectedHires: { mean: number; low: number; high: number };
  /** Share of draws where hiredSoFar + new hires reach the headcount. */
  probabilityOfReachingHeadcount: number;
  /** headcount − hiredSoFar − expectedHires.mean, at least 0. */
  expectedGap: number;
  draws: number;
  seed: number;
}

export const FORECAST_DRAWS = 2000;
export const FORECAST_SEED = 20_261_130;

function quantile(sorted: readonly number[], q: number): number {
  // Nearest-rank on the sorted draws: a hire count stays a whole number.
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Monte Carlo forecast. Each draw samples every stage's pass-through from its Beta posterior
 * (uncertainty in the rates) and then each stage's active applications to a hire with the product
 * of that and the later stages' rates (chance per candidate). Timing is deterministic: an
 * application counts only if its stage's `daysToHire` (historical mean days in the remaining
 * stages) fits before the target date; already spent time in the stage is ignored (conservative).
 * The weekly need spreads the expected gap over the weeks left to enter a stage and still finish.
 */
export function forecastHires(input: ForecastInput): ForecastResult {
  const draws = input.draws ?? FORECAST_DRAWS;
  const seed = input.seed ?? FORECAST_SEED;
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError('draws must be a positive integer');
  if (!Number.isInteger(input.headcount) || input.headcount < 1) throw new RangeError('headcount must be a positive integer');
  const n = input.stages.length;
  const posteriors = input.stages.map((s) => passThroughPosterior(s.passed, s.failed));
  const days = input.stages.map((s) => Math.max(0, s.meanDaysInStage ?? 0));
  const daysToHire: number[] = new Array<number>(n);
  const hireProbability: number[] = new Array<number>(n);
  for (let i = n - 1, d = 0, p = 1; i >= 0; i--) {
    d += days[i]!;
    p *= posteriors[i]!.mean; // independent stages: E[Π p] = Π E[p]
    daysToHire[i] = d;
    hireProbability[i] = p;
  }
  const inTime = daysToHire.map((d) => d <= input.daysToTarget);

  const random = seededRandom(seed);
  const hires: number[] = [];
  const rates = new Array<number>(n);
  let reached = 0;
  for (let k = 0; k < draws; k++) {
    for (let i = 0; i < n; i++) rates[i] = sampleBeta(posteriors[i]!.alpha, posteriors[i]!.beta, random);
    let total = 0;
    for (let i = n - 1, q = 1; i >= 0; i--) {
      q *= rates[i]!;
      if (inTime[i]) total += sampleBinomial(input.stages[i]!.active, q, random);
    }
    hires.push(total);
    if (input.hiredSoFar + total >= input.headcount) reached++;
  }
  hires.sort((a, b) => a - b);
  const mean = hires.reduce((s, h) => s + h, 0) / draws;
  const expectedGap = Math.max(0, input.headcount - input.hiredSoFar - mean);

  const stages: ForecastStage[] = input.stages.map((s, i) => {
    const weeksLeft = (input.daysToTarget - daysToHire[i]!) / 7;
    let neededPerWeek: number | null;
    if (expectedGap === 0) neededPerWeek = 0;
    else if (weeksLeft <= 0 || hireProbability[i]! <= 0) neededPerWeek = null;
    // Spread over at least one week: a need "per week" over two days is the whole need now.
    else neededPerWeek = expectedGap / hireProbability[i]! / Math.max(1, weeksLeft);
    return {
      name: s.name,
      active: s.active,
      passThrough: posteriors[i]!,
      hireProbability: hireProbability[i]!,
      daysToHire: daysToHire[i]!,
      inTime: inTime[i]!,
      neededPerWeek,
    };
  });
  return {
    stages,
    expectedHires: { mean, low: quantile(hires, 0.05), high: quantile(hires, 0.95) },
    probabilityOfReachingHeadcount: reached / draws,
    expectedGap,
    draws,
    seed,
  };
}
