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
  /** What it says: the code's own sentence (`errors:<code>`) unless a key is given. */
  readonly key: MessageKey;
  readonly values: MessageValues;
  /** A message given already in the reader's words (from shared code that had them): said as it is. */
  private readonly said: string | null;

  /**
   * `key` and `values` say what it says when the code's own sentence is not enough. `message` is
   * a keyed message made in shared code (shared/i18n/message.ts) or one already in words.
   */
  constructor(code: AppErrorCode, options: { key?: MessageKey; values?: MessageValues; message?: string; field?: string } = {}) {
    const keyed = options.message === undefined ? null : readMessage(options.message);
    const key = keyed?.key ?? options.key ?? (`errors:${code}` as MessageKey);
    const values = keyed?.values ?? options.values ?? {};
    const said = options.message !== undefined && !keyed ? options.message : null;
    super(said ?? (wordsFor('en').t(key, values) as string));
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.key = key;
    this.values = values;
    this.said = said;
  }

  /** What it says in a language. */
  say(lang: string): string {
    return this.said ?? (wordsFor(lang).t(this.key, this.values) as string);
  }
}
