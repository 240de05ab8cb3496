// The English catalogues are the source: a key missing from them is a type error wherever t is
// called. The other languages are checked against English by tests/unit/i18n-catalogues.test.ts.
import type account from './locales/en/account.json';
import type admin from './locales/en/admin.json';
import type audit from './locales/en/audit.json';
import type auth from './locales/en/auth.json';
import type charter from './locales/en/charter.json';
import type common from './locales/en/common.json';
import type cycles from './locales/en/cycles.json';
import type errors from './locales/en/errors.json';
import type indicator from './locales/en/indicator.json';
import type invitations from './locales/en/invitations.json';
import type library from './locales/en/library.json';
import type mail from './locales/en/mail.json';
import type meetings from './locales/en/meetings.json';
import type networks from './locales/en/networks.json';
import type notifications from './locales/en/notifications.json';
import type organizations from './locales/en/organizations.json';
import type outbox from './locales/en/outbox.json';
import type partnership from './locales/en/partnership.json';
import type people from './locales/en/people.json';
import type plan from './locales/en/plan.json';
import type publicPages from './locales/en/public.json';
import type qi from './locales/en/qi.json';
import type report from './locales/en/report.json';
import type reports from './locales/en/reports.json';
import type validation from './locales/en/validation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      account: typeof account;
      admin: typeof admin;
      audit: typeof audit;
      auth: typeof auth;
      charter: typeof charter;
      common: typeof common;
      cycles: typeof cycles;
      errors: typeof errors;
      indicator: typeof indicator;
      invitations: typeof invitations;
      library: typeof library;
      mail: typeof mail;
      meetings: typeof meetings;
      networks: typeof networks;
      notifications: typeof notifications;
      organizations: typeof organizations;
      outbox: typeof outbox;
      partnership: typeof partnership;
      people: typeof people;
      plan: typeof plan;
      public: typeof publicPages;
      qi: typeof qi;
      report: typeof report;
      reports: typeof reports;
      validation: typeof validation;
    };
  }
}
