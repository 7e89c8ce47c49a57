// The time budget of one run (issue 12, item 2): one pathological article must not stall a batch or a server
// request. Each article gets `LIMITS.budget.articleMs` to be read into the story (segmented, the tagger included) and
// all of them together `LIMITS.budget.runMs`. The deadline is checked between articles and inside the segmenter's
// loop (once per window handed to the tagger); past it the article is dropped with a warning that names the file,
// the place and the cap, and the rest is briefed. A budget is created per call (per story), never kept in a module.
//
// Deterministic by default: a normal article is read in milliseconds, far inside the default, so the default
// changes no output; only input that would have stalled the run is skipped. Tests pass a clock of their own.
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
}

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

  constructor(options: BudgetOptions = {}) {
    this.articleMs = options.articleMs ?? LIMITS.budget.articleMs;
    this.runMs = options.runMs ?? LIMITS.budget.runMs;
    this.now = options.now ?? (() => performance.now());
    this.runStart = this.now();
    this.articleStart = this.runStart;
  }

  /** Starts the clock of the next article. */
  startArticle(): void {
    this.articleStart = this.now();
  }

  /** True once the run's budget is spent: the articles not yet started are skipped. */
  runSpent(): boolean {
    return this.now() - this.runStart > this.runMs;
  }

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

/**
 * Segments each article within the budget: an article past its own budget, or any article once the run's budget is
 * spent, is left out with a warning (`budget/article`, `budget/run`); the others are returned in input order.
 */
export function segmentWithin(articles: readonly Article[], warnings: Warning[], budget: BudgetOptions = {}): Segmented[] {
  if (articles.length > 0) tagger(); // the model loads once per process, before the clock starts: no article pays for it
  const deadline = new Deadline(budget);
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
