CREATE TABLE `cycle_co_owner` (
	`cycle_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`cycle_id`, `user_id`),
	FOREIGN KEY (`cycle_id`) REFERENCES `pdsa_cycle`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cycle_co_owner_user_idx` ON `cycle_co_owner` (`user_id`);--> statement-breakpoint
CREATE TABLE `meeting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`guest_count` integer DEFAULT 0 NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_client_id_unique` ON `meeting` (`client_id`);--> statement-breakpoint
CREATE INDEX `meeting_network_idx` ON `meeting` (`network_id`,`date`);--> statement-breakpoint
CREATE TABLE `meeting_attendee` (
	`meeting_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `pdsa_cycle` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`stage` text DEFAULT 'plan' NOT NULL,
	`change_idea_id` integer,
	`owner_id` text,
	`partner_organization_id` integer,
	`site` text DEFAULT '' NOT NULL,
	`meeting_id` integer,
	`ramp_id` integer,
	`ramp_number` integer,
	`scale` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`logged_on` text NOT NULL,
	`objective` text DEFAULT '' NOT NULL,
	`questions` text DEFAULT '[]' NOT NULL,
	`plan_who` text DEFAULT '' NOT NULL,
	`plan_what` text DEFAULT '' NOT NULL,
	`plan_when` text DEFAULT '' NOT NULL,
	`plan_where` text DEFAULT '' NOT NULL,
	`data_collection` text DEFAULT '' NOT NULL,
	`carried_out` text,
	`what_happened` text DEFAULT '' NOT NULL,
	`observations` text DEFAULT '' NOT NULL,
	`surprises` text DEFAULT '' NOT NULL,
	`learning` text DEFAULT '' NOT NULL,
	`decision` text,
	`next_steps` text DEFAULT '' NOT NULL,
	`quick_log` integer DEFAULT false NOT NULL,
	`predicted_before_do` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`change_idea_id`) REFERENCES `driver_node`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`partner_organization_id`) REFERENCES `partner_organization`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`ramp_id`) REFERENCES `ramp`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pdsa_cycle_client_id_unique` ON `pdsa_cycle` (`client_id`);--> statement-breakpoint
CREATE INDEX `pdsa_cycle_network_idx` ON `pdsa_cycle` (`network_id`,`logged_on`);--> statement-breakpoint
CREATE INDEX `pdsa_cycle_change_idea_idx` ON `pdsa_cycle` (`change_idea_id`);--> statement-breakpoint
CREATE INDEX `pdsa_cycle_meeting_idx` ON `pdsa_cycle` (`meeting_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `pdsa_cycle_ramp_number_uq` ON `pdsa_cycle` (`ramp_id`,`ramp_number`);--> statement-breakpoint
CREATE TABLE `ramp` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`network_id` integer NOT NULL,
	`title` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ramp_network_idx` ON `ramp` (`network_id`);