CREATE TABLE `partnership` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`community` text DEFAULT '' NOT NULL,
	`logo` blob,
	`logo_type` text,
	`embed_origins` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `driver_node` ADD `source_node_id` integer;--> statement-breakpoint
ALTER TABLE `driver_node` ADD `source_network_name` text;--> statement-breakpoint
ALTER TABLE `network` ADD `shares_learning` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `partnership_staff` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Written by hand (drizzle-kit does not model virtual tables): the words of every driver and
-- change idea, for the learning library's search beside cycle_search. rowid is driver_node.id;
-- the triggers below keep it in step with driver_node, whatever writes it.
CREATE VIRTUAL TABLE `node_search` USING fts5(
  `title`, `description`,
  tokenize = 'porter unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `node_search` (rowid, `title`, `description`) SELECT `id`, `title`, `description` FROM `driver_node`;
--> statement-breakpoint
CREATE TRIGGER `node_search_insert` AFTER INSERT ON `driver_node` BEGIN
  INSERT INTO `node_search` (rowid, `title`, `description`) VALUES (new.`id`, new.`title`, new.`description`);
END;--> statement-breakpoint
CREATE TRIGGER `node_search_update` AFTER UPDATE OF `title`, `description` ON `driver_node` BEGIN
  DELETE FROM `node_search` WHERE rowid = old.`id`;
  INSERT INTO `node_search` (rowid, `title`, `description`) VALUES (new.`id`, new.`title`, new.`description`);
END;--> statement-breakpoint
CREATE TRIGGER `node_search_delete` AFTER DELETE ON `driver_node` BEGIN
  DELETE FROM `node_search` WHERE rowid = old.`id`;
END;
