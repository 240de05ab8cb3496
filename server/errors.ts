import type { AppErrorCode } from '../shared/errors.ts';
import { readMessage, type MessageKey, type MessageValues } from '../shared/i18n/message.ts';
import { wordsFor } from './i18n.ts';

/**
 * A domain failure. Services throw it; the tRPC error formatter turns it into a response in the
 * reader's language. Its own message is the English one, for logs and tests.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  /** What it says, when the code's own sentence is not enough: a catalogue key and its values. */
  readonly key: MessageKey;
  readonly values: MessageValues;

  /**
   * `key` and `values` say what it says when the code's own sentence is not enough; `message` is
   * the same as one keyed string, for messages made in shared code (shared/i18n/message.ts).
   */
  constructor(code: AppErrorCode, options: { key?: MessageKey; values?: MessageValues; message?: string; field?: string } = {}) {
    const keyed = options.message === undefined ? null : readMessage(options.message);
    const key = keyed?.key ?? options.key ?? (`errors:${code}` as MessageKey);
    const values = keyed?.values ?? options.values ?? {};
    super(keyed || options.message === undefined ? (wordsFor('en').t(key, values) as string) : options.message);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.key = key;
    this.values = values;
  }

  /** What it says in a language (a transitional plain message stays as written). */
  say(lang: string): string {
    return this.messageIsOwn ? this.message : (wordsFor(lang).t(this.key, this.values) as string);
  }

  private get messageIsOwn(): boolean {
    return this.message !== (wordsFor('en').t(this.key, this.values) as string);
  }
}
