CREATE INDEX `pdsa_cycle_date_idx` ON `pdsa_cycle` (`network_id`, coalesce(`start_date`, `logged_on`) DESC, `id` DESC);
