import type { AppErrorCode } from '../shared/errors.ts';
import type { MessageKey, MessageValues } from '../shared/i18n/message.ts';
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

  constructor(code: AppErrorCode, options: { key?: MessageKey; values?: MessageValues; field?: string; message?: string } = {}) {
    const key = options.key ?? (`errors:${code}` as MessageKey);
    const values = options.values ?? {};
    super(options.message ?? (wordsFor('en').t(key, values) as string));
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
