-- A placeholder in branch i10: migration numbers run without gaps, and this number belongs to
-- a branch developed at the same time (issue 9). The lead drops this file when merging.
SELECT 1;
