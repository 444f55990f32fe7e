import Foundation
import PlenumCore
import PostgresNIO

/// The server's tables, made and migrated by `plenum db init` one numbered step at a time; the
/// number reached is kept in `plenum_schema`. A database migrated by a newer plenum is refused.
public enum PostgresSchema {
    /// Each migration (its statements, one by one), in order; the schema's version is how many
    /// have run. Never edit one that shipped.
    static let migrations: [[String]] = [[
        """
        CREATE TABLE plenum_session (
            name text PRIMARY KEY,
            plan_source text NOT NULL,
            plan_file text NOT NULL,
            day text NOT NULL,
            time_zone text NOT NULL,
            created_at_ms bigint NOT NULL,
            seed bigint NOT NULL,
            language text,
            rehearsal_shift_minutes integer,
            -- The counter row: an append locks it, so numbers are gapless in commit order.
            last_seq bigint NOT NULL DEFAULT 0,
            last_at_ms bigint NOT NULL DEFAULT 0
        )
        """, """
        CREATE TABLE plenum_journal (
            session text NOT NULL REFERENCES plenum_session (name) ON DELETE CASCADE,
            seq bigint NOT NULL,
            at_ms bigint NOT NULL,
            actor text NOT NULL,
            type text NOT NULL,
            payload text NOT NULL,
            append_id uuid NOT NULL,
            PRIMARY KEY (session, seq)
        )
        """,
        "CREATE INDEX plenum_journal_append ON plenum_journal (session, append_id)",
        """
        -- One append: numbered after the counter row, stamped with the server's clock (never
        -- before the append before it), announced to listeners on commit. An append whose id is
        -- already in the journal writes nothing and answers what it wrote then.
        CREATE FUNCTION plenum_append(p_session text, p_id uuid, p_actor text, p_types text[], p_payloads text[])
        RETURNS TABLE (out_seq bigint, out_at_ms bigint) LANGUAGE plpgsql AS $$
        DECLARE
            v_last bigint;
            v_stamp bigint;
        BEGIN
            SELECT s.last_seq, greatest((extract(epoch FROM clock_timestamp()) * 1000)::bigint, s.last_at_ms + 1)
              INTO v_last, v_stamp FROM plenum_session s WHERE s.name = p_session FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no session %', p_session USING ERRCODE = 'P0002';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM plenum_journal j WHERE j.session = p_session AND j.append_id = p_id) THEN
                INSERT INTO plenum_journal (session, seq, at_ms, actor, type, payload, append_id)
                    SELECT p_session, v_last + u.ord, v_stamp, p_actor, u.t, u.p, p_id
                    FROM unnest(p_types, p_payloads) WITH ORDINALITY AS u(t, p, ord);
                UPDATE plenum_session SET last_seq = v_last + cardinality(p_types), last_at_ms = v_stamp
                    WHERE name = p_session;
                PERFORM pg_notify('plenum_journal', p_session);
            END IF;
            RETURN QUERY SELECT j.seq, j.at_ms FROM plenum_journal j
                WHERE j.session = p_session AND j.append_id = p_id ORDER BY j.seq;
        END $$
        """,
    ]]

    /// The version this plenum reads and writes.
    public static var currentVersion: Int { migrations.count }

    /// Creates or migrates the schema; returns the versions before and after.
    public static func initialize(_ locator: PostgresLocator, password: String?) throws(JournalError) -> (from: Int, to: Int) {
        let link = ServerLink(locator: locator, password: password)
        defer { link.close() }
        let migrations = migrations
        return try link.run(.createTables) { connection in
            try await connection.query("BEGIN", logger: ServerLink.logger)
            do {
                // Two plenums initialising at once take turns.
                try await connection.query("SELECT pg_advisory_xact_lock(7365812)", logger: ServerLink.logger)
                try await connection.query("CREATE TABLE IF NOT EXISTS plenum_schema (version integer NOT NULL)", logger: ServerLink.logger)
                var from = 0
                for try await version in try await connection.query("SELECT version FROM plenum_schema", logger: ServerLink.logger)
                    .decode(Int.self) {
                    from = version
                }
                if from > migrations.count {
                    let (server, schema) = (locator.description, from)
                    throw JournalError.server { $0.newerSchema(server, schema) }
                }
                for statement in migrations.dropFirst(from).joined() {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: ServerLink.logger)
                }
                try await connection.query("DELETE FROM plenum_schema", logger: ServerLink.logger)
                try await connection.query("INSERT INTO plenum_schema (version) VALUES (\(migrations.count))", logger: ServerLink.logger)
                try await connection.query("COMMIT", logger: ServerLink.logger)
                return (from, migrations.count)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: ServerLink.logger)
                throw error
            }
        }
    }

    /// The schema version a database has (0: none), checked on every open.
    static func version(_ link: ServerLink) throws(JournalError) -> Int {
        try link.run(.readTables) { connection in
            var exists = false
            for try await found in try await connection.query("SELECT to_regclass('plenum_schema') IS NOT NULL", logger: ServerLink.logger)
                .decode(Bool.self) {
                exists = found
            }
            guard exists else { return 0 }
            var version = 0
            for try await value in try await connection.query("SELECT version FROM plenum_schema", logger: ServerLink.logger)
                .decode(Int.self) {
                version = value
            }
            return version
        }
    }

    /// Refuses a database without the current schema, saying what to do.
    static func require(_ link: ServerLink) throws(JournalError) {
        let found = try version(link)
        if found == 0 {
            let server = link.locator.with(session: nil).description
            throw JournalError.server { $0.noTables(server) }
        }
        if found > currentVersion {
            let server = link.locator.description
            throw JournalError.server { $0.newerSchema(server, found) }
        }
        if found < currentVersion {
            let server = link.locator.with(session: nil).description
            throw JournalError.server { $0.olderTables(server) }
        }
    }
}
