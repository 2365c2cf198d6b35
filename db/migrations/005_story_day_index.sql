-- The day a story belongs to (its dateline, else the day it was written) is what date order
-- and date filters read. Indexed, the archive's first and last days are one lookup each, so
-- a search in date order can walk the years newest first instead of sorting every match.
CREATE INDEX articles_by_story_day ON articles (coalesce(dateline_date, substr(created_at, 1, 10)))
  WHERE deleted_at IS NULL;
