import { z } from 'zod';
import { message } from './message.ts';

// What zod says when a schema gives no message of its own, as keyed messages like every other
// (shared/i18n/message.ts): a person sees it in their language, next to the field.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return message(issue.input === undefined || issue.input === null ? 'validation:issue.required' : 'validation:issue.invalidType');
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? message('validation:issue.required') : message('validation:issue.tooShort', { min: Number(issue.minimum) });
        if (issue.origin === 'array' || issue.origin === 'set') return message('validation:issue.tooFew', { min: Number(issue.minimum) });
        return message('validation:issue.tooLow', { min: Number(issue.minimum) });
      case 'too_big':
        if (issue.origin === 'string') return message('validation:issue.tooLong', { max: Number(issue.maximum) });
        if (issue.origin === 'array' || issue.origin === 'set') return message('validation:issue.tooMany', { max: Number(issue.maximum) });
        return message('validation:issue.tooHigh', { max: Number(issue.maximum) });
      case 'invalid_value':
        return message('validation:issue.notAnOption');
      case 'invalid_format':
        return message('validation:issue.invalidFormat');
      default:
        return message('validation:issue.invalid');
    }
  },
});
