CREATE TABLE `meeting_decision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`client_id` text NOT NULL,
	`text` text NOT NULL,
	`created_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_decision_client_id_unique` ON `meeting_decision` (`client_id`);--> statement-breakpoint
CREATE INDEX `meeting_decision_meeting_idx` ON `meeting_decision` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`kind` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_event_meeting_idx` ON `meeting_event` (`meeting_id`,`id`);--> statement-breakpoint
CREATE TABLE `meeting_guest` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`added_by_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_guest_client_id_unique` ON `meeting_guest` (`client_id`);--> statement-breakpoint
CREATE INDEX `meeting_guest_meeting_idx` ON `meeting_guest` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `write_receipt` (
	`user_id` text NOT NULL,
	`write_id` text NOT NULL,
	`procedure` text NOT NULL,
	`result` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `write_id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `meeting` ADD `started_at` integer;--> statement-breakpoint
ALTER TABLE `meeting` ADD `closed_at` integer;