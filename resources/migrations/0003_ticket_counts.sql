-- Schema v3: queue counts at a million tickets (docs/performance.md, "Tickets").
--
-- Counting the live tickets of a view scans the table (about 2 s at 1,000,000 tickets
-- on a warm cache). ticket_counts keeps the number of live tickets per combination of
-- the columns the queue filters on by equality, maintained by triggers, so that the
-- count of any view built from owner, team, status, kind, channel, priority and "merged
-- away" is a sum over a few hundred rows. Derived data: not synced, rebuilt from the
-- tickets whenever it might be missing (TicketCounts::ensure, e.g. after a bulk load).
--
-- Keys use '' for "no owner" / "no team", so the primary key can serve equality.
CREATE TABLE ticket_counts (
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL,
    status     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    channel    TEXT NOT NULL,
    priority   TEXT NOT NULL,
    merged     INTEGER NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (owner_id, team_id, status, kind, channel, priority, merged)
) WITHOUT ROWID;
--;
INSERT INTO ticket_counts (owner_id, team_id, status, kind, channel, priority, merged, n)
SELECT COALESCE(owner_id, ''), COALESCE(team_id, ''), status, kind, channel, priority,
       merged_into IS NOT NULL, COUNT(*)
FROM tickets WHERE deleted = 0
GROUP BY 1, 2, 3, 4, 5, 6, 7;
--;
-- The triggers: add the new row's key, subtract the old one's. The UPDATE runs first;
-- changes() inside a trigger body counts the previous statement of the same body, so
-- the INSERT only runs for a key not seen before (SQLite 3.15 has no upsert).
CREATE TRIGGER ticket_counts_insert AFTER INSERT ON tickets WHEN new.deleted = 0
BEGIN
    UPDATE ticket_counts SET n = n + 1
    WHERE owner_id = COALESCE(new.owner_id, '') AND team_id = COALESCE(new.team_id, '')
      AND status = new.status AND kind = new.kind AND channel = new.channel
      AND priority = new.priority AND merged = (new.merged_into IS NOT NULL);
    INSERT INTO ticket_counts (owner_id, team_id, status, kind, channel, priority, merged, n)
    SELECT COALESCE(new.owner_id, ''), COALESCE(new.team_id, ''), new.status, new.kind, new.channel,
           new.priority, new.merged_into IS NOT NULL, 1
    WHERE changes() = 0;
END;
--;
CREATE TRIGGER ticket_counts_delete AFTER DELETE ON tickets WHEN old.deleted = 0
BEGIN
    UPDATE ticket_counts SET n = n - 1
    WHERE owner_id = COALESCE(old.owner_id, '') AND team_id = COALESCE(old.team_id, '')
      AND status = old.status AND kind = old.kind AND channel = old.channel
      AND priority = old.priority AND merged = (old.merged_into IS NOT NULL);
END;
--;
CREATE TRIGGER ticket_counts_update
AFTER UPDATE OF owner_id, team_id, status, kind, channel, priority, merged_into, deleted ON tickets
BEGIN
    UPDATE ticket_counts SET n = n - 1
    WHERE old.deleted = 0
      AND owner_id = COALESCE(old.owner_id, '') AND team_id = COALESCE(old.team_id, '')
      AND status = old.status AND kind = old.kind AND channel = old.channel
      AND priority = old.priority AND merged = (old.merged_into IS NOT NULL);
    UPDATE ticket_counts SET n = n + 1
    WHERE new.deleted = 0
      AND owner_id = COALESCE(new.owner_id, '') AND team_id = COALESCE(new.team_id, '')
      AND status = new.status AND kind = new.kind AND channel = new.channel
      AND priority = new.priority AND merged = (new.merged_into IS NOT NULL);
    INSERT INTO ticket_counts (owner_id, team_id, status, kind, channel, priority, merged, n)
    SELECT COALESCE(new.owner_id, ''), COALESCE(new.team_id, ''), new.status, new.kind, new.channel,
           new.priority, new.merged_into IS NOT NULL, 1
    WHERE new.deleted = 0 AND changes() = 0;
END;
--;
-- A ticket row that really goes (sync removes rows that leave a user's scope) takes
-- its search document with it: a search-only count is "hits less hidden hits" and
-- must not count a document without a ticket.
CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets
BEGIN
    DELETE FROM ticket_search WHERE docid = old.n;
END;
--;
-- Hidden tickets among search hits are subtracted from the full-text count; deleted
-- ones (sync tombstones) are few and need an index of their own to be found quickly.
CREATE INDEX tickets_deleted ON tickets(n) WHERE deleted = 1;
