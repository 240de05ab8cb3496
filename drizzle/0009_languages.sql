DROP INDEX `report_version_number_uq`;--> statement-breakpoint
ALTER TABLE `report_version` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `report_version_number_uq` ON `report_version` (`report_id`,`number`,`language`);--> statement-breakpoint
ALTER TABLE `user` ADD `language` text;