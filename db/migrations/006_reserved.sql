-- Reserved: this number belongs to another branch's migration (issue 14 was given 009).
-- Delete this file when that migration is merged; it does nothing.
SELECT 1;
