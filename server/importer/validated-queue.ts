import type { ImportSource } from './sources.ts';

// The sources of an import as the validation pass lets them through, for a writing pass that
// starts before every file is validated (run.ts): iterated in the order they were added; the
// iteration ends when validation ends without a problem (end) and fails when it finds one or
// breaks off (fail), so the writing pass stops and undoes what it wrote.

export class ValidatedQueue implements AsyncIterable<ImportSource> {
  private readonly items: ImportSource[] = [];
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  add(source: ImportSource): void {
    if (this.ended || this.failure) return;
    this.items.push(source);
    this.notify();
  }

  /** Every file was validated and nothing is wrong. */
  end(): void {
    this.ended = true;
    this.notify();
  }

  /** Validation found a problem or broke off: the writing pass stops at its next file. */
  fail(err: Error): void {
    if (this.ended) return;
    this.failure ??= err;
    this.notify();
  }

  /** The reason given to fail(), if any. */
  get stopped(): Error | undefined {
    return this.failure;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ImportSource> {
    for (;;) {
      if (this.failure) throw this.failure;
      const next = this.items.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
