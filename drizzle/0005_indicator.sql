CREATE TABLE `indicator` (
	`network_id` integer PRIMARY KEY NOT NULL,
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
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `indicator_dimension` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `indicator`(`network_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `indicator_group` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dimension_id` integer NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`dimension_id`) REFERENCES `indicator_dimension`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `measurement` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`period` text NOT NULL,
	`group_id` integer,
	`group_key` integer NOT NULL,
	`value` real,
	`numerator` real,
	`denominator` real,
	`note` text DEFAULT '' NOT NULL,
	`entered_by_id` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `indicator`(`network_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `indicator_group`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entered_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measurement_period_group_uq` ON `measurement` (`network_id`,`period`,`group_key`);