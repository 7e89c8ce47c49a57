// The time budget of one run (issue 12, item 2): one pathological article must not stall a batch or a server
// request. Each article gets `LIMITS.budget.articleMs` to be read into the story (segmented, the tagger included) and
// the whole run, every stage after reading, `LIMITS.budget.runMs`. While segmenting, the deadline is checked between
// articles and inside the segmenter's loop (once per window handed to the tagger); past it the article is dropped
// with a warning that names the file, the place and the cap, and the rest is briefed. Every later stage checks the
// run's deadline where it starts (the facts stage before each of its passes) and, once it is spent, does the
// cheaper thing PAST_DEADLINE names, with one warning per stage. A budget is created per call (per story), never
// kept in a module.
//
// Deterministic by default: a normal story is briefed in well under a second, far inside the default, so the
// default changes no output; only input that would have stalled the run is cut. Tests pass a clock of their own.
import type { Article, Warning } from './types.js';
import { LIMITS } from './limits.js';
import { segmentWithDeadline, type Segmented } from './segment/index.js';
import { tagger } from './segment/nlp.js';

export interface BudgetOptions {
  /** Milliseconds per article (default LIMITS.budget.articleMs). */
  articleMs?: number;
  /** Milliseconds for all the articles of the run (default LIMITS.budget.runMs). */
  runMs?: number;
  /** The clock, in milliseconds (default `performance.now`); tests pass one that counts. */
  now?: () => number;
  /** When the run began, on that clock (default: when the story is read in, the tagger loaded). The CLI passes the
   *  moment a command starts, so that reading the input and loading the model count against the run too. */
  runStart?: number;
}

/** What each stage after segmenting does once the run's time budget is spent (the warning says it). */
export const PAST_DEADLINE = {
  clean: 'the cleaner is off, every sentence is kept',
  group: 'sentences are not grouped across articles',
  facts: 'this facts pass and the ones after it are skipped',
  headline: 'the headline is the first sentence that fits',
  select: 'the summary and the digest are the lead sentences that fit',
  search: 'the summary search keeps the best selection found so far',
} as const;
export type LateStage = keyof typeof PAST_DEADLINE;

/** Thrown by `Deadline.check` past the article's or the run's budget; caught by `segmentWithin`. */
export class BudgetExceeded extends Error {
  constructor(
    readonly scope: 'article' | 'run',
    readonly place: string,
    readonly capMs: number,
    readonly elapsedMs: number,
  ) {
    super(`past the ${scope} time budget of ${capMs} ms at ${place} (${Math.round(elapsedMs)} ms)`);
  }
}

/** The deadlines of one run: the run's, and the current article's. */
export class Deadline {
  readonly articleMs: number;
  readonly runMs: number;
  private readonly now: () => number;
  private readonly runStart: number;
  private articleStart: number;
  /** The stages already cut short (each warns once). */
  private readonly cut = new Set<LateStage>();

  constructor(options: BudgetOptions = {}) {
    this.articleMs = options.articleMs ?? LIMITS.budget.articleMs;
    this.runMs = options.runMs ?? LIMITS.budget.runMs;
    this.now = options.now ?? (() => performance.now());
    this.articleStart = this.now();
    this.runStart = options.runStart ?? this.articleStart;
  }

  /** Starts the clock of the next article. */
  startArticle(): void {
    this.articleStart = this.now();
  }

  /** True once the run's budget is spent: the articles not yet started are skipped. */
  runSpent(): boolean {
    return this.now() - this.runStart > this.runMs;
  }

  /**
   * At the start of a stage after segmenting (or of one of its passes, `place`): true once the run's budget is spent,
   * and then the stage does what PAST_DEADLINE says, with a warning the first time.
   */
  spentAt(stage: LateStage, warnings: Warning[], place: string = stage): boolean {
    if (!this.runSpent()) return false;
    if (!this.cut.has(stage)) {
      this.cut.add(stage);
      warnings.push({
        reason: `past the run's time budget of ${this.runMs} ms (LIMITS.budget.runMs, --run-budget-ms) at ${place}: ${PAST_DEADLINE[stage]}`,
        rule: `budget/run-${stage}`,
        cut: true,
      });
    }
    return true;
  }

  /**
   * Inside a long stage after segmenting (`place` names the loop): throws BudgetExceeded once the run's budget is
   * spent, and `lateStage` below catches it and does the stage's cheaper thing. It reads the clock at every
   * LIMITS.budget.checkEvery-th call, so a loop may call it for every item.
   */
  readonly checkpoint = (place: string): void => {
    if (++this.checkpoints % LIMITS.budget.checkEvery !== 0) return;
    const t = this.now();
    if (t - this.runStart > this.runMs) throw new BudgetExceeded('run', place, this.runMs, t - this.runStart);
  };
  private checkpoints = 0;

  /** Throws BudgetExceeded past the article's or the run's budget; `place` names the loop that checks. */
  check(place: string): void {
    const t = this.now();
    if (t - this.articleStart > this.articleMs) throw new BudgetExceeded('article', place, this.articleMs, t - this.articleStart);
    if (t - this.runStart > this.runMs) throw new BudgetExceeded('run', place, this.runMs, t - this.runStart);
  }
}

function budgetWarning(a: Article, reason: string, rule: string): Warning {
  return { file: a.path || a.id, article: a.id, reason, rule, skipped: true, cut: true };
}

/** The run's deadline, started once the tagger is loaded (the model loads once per process: no article pays for it). */
export function startDeadline(articles: readonly Article[], budget: BudgetOptions | Deadline = {}): Deadline {
  if (budget instanceof Deadline) return budget;
  if (articles.length > 0) tagger();
  return new Deadline(budget);
}

/**
 * Segments each article within the budget: an article past its own budget, or any article once the run's budget is
 * spent, is left out with a warning (`budget/article`, `budget/run`); the others are returned in input order.
 */
export function segmentWithin(articles: readonly Article[], warnings: Warning[], budget: BudgetOptions | Deadline = {}): Segmented[] {
  const deadline = startDeadline(articles, budget);
  const out: Segmented[] = [];
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    if (deadline.runSpent()) {
      warnings.push(budgetWarning(a, `not read: the run's time budget of ${deadline.runMs} ms (LIMITS.budget.runMs, --run-budget-ms) was spent`, 'budget/run'));
      continue;
    }
    deadline.startArticle();
    try {
      out.push(segmentWithDeadline(a, deadline));
    } catch (err) {
      if (!(err instanceof BudgetExceeded)) throw err;
      const cap = err.scope === 'article' ? 'LIMITS.budget.articleMs, --budget-ms' : 'LIMITS.budget.runMs, --run-budget-ms';
      warnings.push(budgetWarning(a, `${err.message} (${cap}): the article is left out`, `budget/${err.scope}`));
    }
  }
  return out;
}

/** The check a long stage calls inside its loops (Deadline.checkpoint): throws once the run's time is up. */
export type Checkpoint = (place: string) => void;

/**
 * Runs a stage after segmenting (or one pass of it, `place`) within the run's budget: `full` with the deadline's
 * checkpoint, unless the budget is already spent; past it, at the start or at any checkpoint inside, `cheap` (what
 * PAST_DEADLINE[stage] says), with one warning naming the place. Without a deadline, `full` runs unchecked.
 */
export function lateStage<T>(deadline: Deadline | undefined, stage: LateStage, warnings: Warning[], full: (checkpoint?: Checkpoint) => T, cheap: () => T, place: string = stage): T {
  if (!deadline) return full();
  if (deadline.spentAt(stage, warnings, place)) return cheap();
  try {
    return full(deadline.checkpoint);
  } catch (e) {
    if (!(e instanceof BudgetExceeded)) throw e;
    deadline.spentAt(stage, warnings, e.place);
    return cheap();
  }
}
