-- Number 009 belongs to branch i10, which is not merged here yet; migrations must run without
-- gaps (db/migrate.ts), so this empty step holds its place. It changes nothing. When i10 is
-- merged, its 009 replaces this file (two files numbered 009 are refused at start-up).
SELECT 1;
