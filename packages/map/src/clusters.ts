/**
 * Clustering in two steps, so that a map of thousands of places draws its first view without waiting for
 * the zoom levels it does not show: the levels up to the first view's zoom are indexed at once (a few levels,
 * quick), every level when the page is next idle, or at once if the visitor zooms in before that. Each step
 * is a supercluster index; a cluster is always expanded by the index that made it.
 */
import { whenIdle } from '@maillage/feed';
import Supercluster, { type PointFeature } from 'supercluster';

export type PlaceFeature = PointFeature<{ id: string }>;
export type ClusterIndex = Supercluster<{ id: string }, Record<string, never>>;

/** Close to the last level, one index costs less than two. */
const ONE_STEP_FROM = 3;

export class TwoStepClusters {
  #features: PlaceFeature[] = [];
  #coarse: ClusterIndex | null = null;
  #coarseMax = -1;
  #fine: ClusterIndex | null = null;
  #idle: (() => void) | null = null;

  constructor(
    readonly radius: number,
    readonly maxZoom: number,
  ) {}

  /** Indexes `features` for a first view at `zoom`; the other levels follow when the page is idle. */
  load(features: PlaceFeature[], zoom: number): void {
    this.cancel();
    this.#features = features;
    this.#fine = null;
    this.#coarseMax = Math.max(0, Math.min(Math.floor(zoom), this.maxZoom));
    if (this.maxZoom - this.#coarseMax < ONE_STEP_FROM) {
      this.#coarse = null;
      this.#fine = this.#build(this.maxZoom);
      return;
    }
    this.#coarse = this.#build(this.#coarseMax);
    this.#idle = whenIdle(() => {
      this.#idle = null;
      this.#fineIndex();
    });
  }

  /** The index that answers for a zoom level. */
  at(zoom: number): ClusterIndex {
    return this.#coarse !== null && zoom <= this.#coarseMax ? this.#coarse : this.#fineIndex();
  }

  /** Whether every level is indexed (for tests). */
  get complete(): boolean {
    return this.#fine !== null;
  }

  cancel(): void {
    this.#idle?.();
    this.#idle = null;
  }

  #fineIndex(): ClusterIndex {
    this.#fine ??= this.#build(this.maxZoom);
    return this.#fine;
  }

  #build(maxZoom: number): ClusterIndex {
    return new Supercluster<{ id: string }, Record<string, never>>({ radius: this.radius, maxZoom }).load(this.#features);
  }
}
