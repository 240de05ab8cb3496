-- A network's one indicator becomes the first of its measures (kind 'outcome'), keyed by an id of
-- its own: the old key was the network's id, so each existing indicator keeps that number as its
-- id and every dimension and measurement follows it unchanged. Written by hand: the migrator runs
-- in one transaction with foreign keys on (PRAGMA foreign_keys is ignored inside a transaction),
-- so the old tables are renamed out of the way first and dropped children first, and no drop
-- cascades into the new tables. Ids keep counting where they were (sqlite_sequence).
ALTER TABLE `measurement` RENAME TO `__old_measurement`;--> statement-breakpoint
ALTER TABLE `indicator_group` RENAME TO `__old_indicator_group`;--> statement-breakpoint
ALTER TABLE `indicator_dimension` RENAME TO `__old_indicator_dimension`;--> statement-breakpoint
ALTER TABLE `indicator` RENAME TO `__old_indicator`;--> statement-breakpoint
DROP INDEX `measurement_period_group_uq`;--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`kind` text DEFAULT 'outcome' NOT NULL,
	`contributes_to_id` integer,
	`is_public` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`is_proportion` integer NOT NULL,
	`numerator_label` text DEFAULT '' NOT NULL,
	`denominator_label` text DEFAULT '' NOT NULL,
	`unit` text NOT NULL,
	`rate_per` integer,
	`polarity` text NOT NULL,
	`data_source` text DEFAULT '' NOT NULL,
	`frequency` text NOT NULL,
	`baseline_period` text,
	`baseline_value` real,
	`target_value` real,
	`target_date` text,
	`min_group_size` integer DEFAULT 10 NOT NULL,
	`chart_type` text DEFAULT 'run' NOT NULL,
	`rule_set` text DEFAULT 'anhoej' NOT NULL,
	`baseline_through` text,
	`phases` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contributes_to_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE set null
);--> statement-breakpoint
INSERT INTO `indicator`("id", "network_id", "kind", "contributes_to_id", "is_public", "position", "name", "definition", "is_proportion", "numerator_label", "denominator_label", "unit", "rate_per", "polarity", "data_source", "frequency", "baseline_period", "baseline_value", "target_value", "target_date", "min_group_size", "chart_type", "rule_set", "baseline_through", "phases", "version", "created_at", "updated_at") SELECT "network_id", "network_id", 'outcome', NULL, 0, 0, "name", "definition", "is_proportion", "numerator_label", "denominator_label", "unit", "rate_per", "polarity", "data_source", "frequency", "baseline_period", "baseline_value", "target_value", "target_date", "min_group_size", "chart_type", "rule_set", "baseline_through", "phases", "version", "updated_at", "updated_at" FROM `__old_indicator`;--> statement-breakpoint
CREATE TABLE `indicator_dimension` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `indicator_dimension`("id", "indicator_id", "name", "position") SELECT "id", "network_id", "name", "position" FROM `__old_indicator_dimension`;--> statement-breakpoint
CREATE TABLE `indicator_group` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dimension_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`dimension_id`) REFERENCES `indicator_dimension`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `indicator_group`("id", "dimension_id", "name", "position") SELECT "id", "dimension_id", "name", "position" FROM `__old_indicator_group`;--> statement-breakpoint
CREATE TABLE `measurement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`period` text NOT NULL,
	`group_id` integer,
	`group_key` integer NOT NULL,
	`value` real,
	`numerator` real,
	`denominator` real,
	`note` text DEFAULT '' NOT NULL,
	`entered_by_id` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `indicator_group`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entered_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);--> statement-breakpoint
INSERT INTO `measurement`("id", "indicator_id", "period", "group_id", "group_key", "value", "numerator", "denominator", "note", "entered_by_id", "updated_at") SELECT "id", "network_id", "period", "group_id", "group_key", "value", "numerator", "denominator", "note", "entered_by_id", "updated_at" FROM `__old_measurement`;--> statement-breakpoint
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = '__old_indicator_dimension')) WHERE name = 'indicator_dimension' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '__old_indicator_dimension');--> statement-breakpoint
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = '__old_indicator_group')) WHERE name = 'indicator_group' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '__old_indicator_group');--> statement-breakpoint
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = '__old_measurement')) WHERE name = 'measurement' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '__old_measurement');--> statement-breakpoint
DROP TABLE `__old_measurement`;--> statement-breakpoint
DROP TABLE `__old_indicator_group`;--> statement-breakpoint
DROP TABLE `__old_indicator_dimension`;--> statement-breakpoint
DROP TABLE `__old_indicator`;--> statement-breakpoint
CREATE UNIQUE INDEX `measurement_period_group_uq` ON `measurement` (`indicator_id`,`period`,`group_key`);--> statement-breakpoint
CREATE INDEX `indicator_dimension_indicator_idx` ON `indicator_dimension` (`indicator_id`);--> statement-breakpoint
CREATE INDEX `indicator_network_idx` ON `indicator` (`network_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_outcome_uq` ON `indicator` (`network_id`) WHERE kind = 'outcome';--> statement-breakpoint
CREATE TABLE `cycle_indicator` (
	`cycle_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	PRIMARY KEY(`cycle_id`, `indicator_id`),
	FOREIGN KEY (`cycle_id`) REFERENCES `pdsa_cycle`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE INDEX `cycle_indicator_indicator_idx` ON `cycle_indicator` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `indicator_node` (
	`indicator_id` integer NOT NULL,
	`node_id` integer NOT NULL,
	PRIMARY KEY(`indicator_id`, `node_id`),
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`node_id`) REFERENCES `driver_node`(`id`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
CREATE INDEX `indicator_node_node_idx` ON `indicator_node` (`node_id`);
