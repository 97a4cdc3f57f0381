import type { PartnerModelState } from '../../contract/index.ts';
import type { PartnerData } from './data.ts';
import type { ServedModel } from './find.ts';
import { trainInThread, type Training } from './learned/train-thread.ts';

/** How a training runs: `known` is the fingerprint of the data the last model was trained on. */
export type Trainer = (data: PartnerData, known?: string) => Training;

/**
 * The learned ranker for the current all-years data, trained off the event loop (train-thread.ts)
 * each time that data is read anew, kept in memory with its training date and figures. `version`
 * names the data (the service's change marker and how often it was invalidated). While the model of
 * new data trains, the last model trained keeps ranking: it scores features of the current graph,
 * and the answer names the data it was trained on (`data.readAt`); a write would otherwise put the
 * weights back for the minutes a training takes on CORDIS. Data whose content is the last model's
 * (a write the partner network does not read: a saved query, a note) is not trained on again: the
 * thread only hashes it (fingerprint.ts) and the last model is this data's model at once.
 */
export class LearnedModel {
  private version?: string;
  private state: PartnerModelState = { state: 'none', why: 'notRead', message: 'the network has not been read yet' };
  private model?: ServedModel;
  /** The last model trained, of this version's data or an earlier one's. */
  private last?: ServedModel;
  /** The fingerprint of the data `last` was trained on. */
  private lastFingerprint?: string;
  private training?: Training;

  /** `trainer` is how a training runs: its own thread by default (tests may hold one back). */
  constructor(private readonly trainer: Trainer = trainInThread) {}

  /** The data of `version` is being read: training follows. A version already trained (or training) is kept. */
  reading(version: string): void {
    if (version === this.version) return;
    void this.training?.stop();
    this.training = undefined;
    this.version = version;
    this.model = undefined;
    this.state = { state: 'training', since: new Date().toISOString() };
  }

  /** Trains on the data of `version` (read at `readAt`) in a thread of its own. */
  train(version: string, data: PartnerData): void {
    if (version !== this.version || this.training || this.model || this.state.state === 'none') return;
    const readAt = new Date().toISOString();
    const last = this.last;
    const training = this.trainer(data, last && this.lastFingerprint);
    this.training = training;
    training.result.then(
      ({ ranker, unchanged, fingerprint }) => {
        if (this.training !== training) return;
        this.training = undefined;
        if (unchanged && last) {
          this.model = last;
          this.state = { state: 'ready', model: last.info };
          return;
        }
        if (!ranker) {
          this.state = { state: 'none', why: 'noHistory', message: 'the data has no dated new partnerships to learn from' };
          return;
        }
        const info = {
          trainedAt: ranker.trainedAt,
          splitYears: ranker.splitYears,
          data: { readAt, actors: data.actors.length, projects: data.projects.length },
          figures: ranker.figures,
        };
        this.model = { model: ranker.model, info };
        this.last = this.model;
        this.lastFingerprint = fingerprint;
        this.state = { state: 'ready', model: info };
      },
      (err: Error) => {
        if (this.training !== training) return;
        this.training = undefined;
        this.state = { state: 'none', why: 'failed', message: err.message };
      },
    );
  }

  /** Reading the data of `version` failed: nothing to train on. */
  unread(version: string, err: Error): void {
    if (version === this.version && !this.model) this.state = { state: 'none', why: 'failed', message: `the network could not be read: ${err.message}` };
    if (version === this.version) this.version = undefined;
  }

  /** The model for the data of `version` when it is trained, else the last one trained while that data has history to learn from. */
  served(version: string): ServedModel | undefined {
    if (version !== this.version) return undefined;
    return this.model ?? (this.state.state === 'training' ? this.last : undefined);
  }

  status(): PartnerModelState {
    return this.state;
  }

  async close(): Promise<void> {
    const training = this.training;
    this.training = undefined;
    await training?.stop();
  }
}
