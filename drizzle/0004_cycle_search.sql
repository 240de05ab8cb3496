-- Full-text search over PDSA cycles (FTS5). drizzle-kit does not model virtual tables, so this
-- migration is written by hand; server/services/cycle-search.ts keeps it in step with pdsa_cycle.
-- rowid is the cycle's id. Porter stemming lets "learned" find "learning".
CREATE VIRTUAL TABLE `cycle_search` USING fts5(
  `title`, `plan`, `do`, `study`, `act`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
