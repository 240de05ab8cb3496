CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text,
	`to` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`subject` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_error` text,
	`claimed_at` integer,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `notification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`network_id` integer,
	`event` text NOT NULL,
	`actor_id` text,
	`detail` text DEFAULT '{}' NOT NULL,
	`link` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_id`) REFERENCES `network`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notification_user_idx` ON `notification` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `notification_unread_idx` ON `notification` (`user_id`,`read_at`);--> statement-breakpoint
CREATE TABLE `notification_preference` (
	`user_id` text NOT NULL,
	`event` text NOT NULL,
	`delivery` text NOT NULL,
	PRIMARY KEY(`user_id`, `event`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `user` ADD `weekly_digest` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `digest_sent_at` integer;--> statement-breakpoint
ALTER TABLE `user` ADD `calendar_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `user_calendar_token_unique` ON `user` (`calendar_token`);