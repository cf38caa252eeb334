/**
 * A later figure from the same claimant for the same thing supersedes an earlier one: later by date where
 * both are dated (and the dates differ), else later in the input, stated as an update ("the toll reached 91")
 * in a sentence of its own. Linear: each bucket keeps the latest dates and updates instead of comparing pairs.
 */

/** What supersession reads of a figure. */
export interface Timed {
  /** Same claimant and modality: only these can supersede one another. */
  bucket: string;
  date: string | null;
  /** Input position of the figure's latest claim. */
  order: number;
  /** The sentence of the figure's latest claim. */
  sentence: number;
  /** That claim is worded as an update. */
  update: boolean;
}

/** The two latest updates in different sentences: enough to find the latest one outside any given sentence. */
class Latest {
  private a: Timed | null = null;
  private b: Timed | null = null;

  add(x: Timed): void {
    if (!this.a || x.order > this.a.order) {
      if (this.a && this.a.sentence !== x.sentence) this.b = this.a;
      this.a = x;
    } else if (x.sentence !== this.a.sentence && (!this.b || x.order > this.b.order)) {
      this.b = x;
    }
  }

  /** An update after f, in another sentence than f's. */
  after(f: Timed): boolean {
    const x = this.a && this.a.sentence !== f.sentence ? this.a : this.b;
    return !!x && x.order > f.order;
  }
}

interface Bucket {
  latestDate: string | null;
  /** Made on the first update: most buckets (one claimant's one figure) never need them. */
  updates: Latest | null;
  undatedUpdates: Latest | null;
  updatesByDate: Map<string, Latest> | null;
}

/** For each figure, whether a later one from the same claimant replaces it. */
export function superseded(figures: readonly Timed[]): boolean[] {
  const buckets = new Map<string, Bucket>();
  for (const f of figures) {
    let b = buckets.get(f.bucket);
    if (!b) buckets.set(f.bucket, (b = { latestDate: null, updates: null, undatedUpdates: null, updatesByDate: null }));
    if (f.date && (!b.latestDate || f.date > b.latestDate)) b.latestDate = f.date;
    if (!f.update) continue;
    (b.updates ??= new Latest()).add(f);
    if (!f.date) (b.undatedUpdates ??= new Latest()).add(f);
    else {
      const byDate = (b.updatesByDate ??= new Map());
      let latest = byDate.get(f.date);
      if (!latest) byDate.set(f.date, (latest = new Latest()));
      latest.add(f);
    }
  }
  return figures.map((f) => {
    const b = buckets.get(f.bucket)!;
    // A dated figure gives way to a later date, or to an update that no other date sets apart from it.
    if (f.date) return (!!b.latestDate && b.latestDate > f.date) || !!b.undatedUpdates?.after(f) || !!b.updatesByDate?.get(f.date)?.after(f);
    return !!b.updates?.after(f);
  });
}
