package io.agritrace.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__<name>.sql} files of
 * this bundle, applied in order, each in the caller's transaction and recorded
 * in {@code schema_version}; a script may be followed by a step in Java for what
 * SQL cannot do (reading the stored JSON). Scripts are read as resources of this
 * class, so the same code runs inside OSGi and on a plain class path.
 */
public final class SchemaMigrator {

	/** Work on the migrating transaction's connection. */
	@FunctionalInterface
	interface Step {
		void apply(Connection c) throws SQLException;
	}

	/** A script, and what Java does after it (null: nothing). */
	record Migration(String script, Step then) {
		static Migration of(String script) {
			return new Migration(script, null);
		}
	}

	/** Every migration in order; append, never edit a released one. */
	static final List<Migration> MIGRATIONS = List.of(Migration.of("V1__traceability_schema.sql"), //$NON-NLS-1$
			Migration.of("V2__outbox_backoff.sql"), Migration.of("V3__write_runs.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V4__custody_sync.sql"), Migration.of("V5__custody_pending.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V6__write_runs_in_blocks.sql"), Migration.of("V7__hash_id_varchar.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V8__event_item_keyed_by_event.sql"), Migration.of("V9__hash_id_binary.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V10__custody_queue.sql"), Migration.of("V11__clean_close.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V12__certificates.sql"), Migration.of("V13__product_unit_and_storage_band.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V14__batch_producer.sql"), Migration.of("V15__party_contact.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V16__recall_drills.sql"), Migration.of("V17__verdicts.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			Migration.of("V18__event_facts.sql"), //$NON-NLS-1$
			new Migration("V19__source_location.sql", SourceLocations::fill), //$NON-NLS-1$
			new Migration("V20__rule_warning_codes.sql", LegacyWarnings::convert), //$NON-NLS-1$
			Migration.of("V21__event_location_index.sql"), Migration.of("V22__master_data_changes.sql")); //$NON-NLS-1$ //$NON-NLS-2$

	private SchemaMigrator() {
	}

	/** Applies the migrations that the database lacks, in the caller's transaction. */
	public static void migrate(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, " //$NON-NLS-1$
					+ "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)"); //$NON-NLS-1$
		}
		int current = currentVersion(c);
		for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
			Migration migration = MIGRATIONS.get(version - 1);
			try (Statement s = c.createStatement()) {
				for (String sql : statements(read(migration.script()))) {
					s.execute(sql);
				}
			}
			if (migration.then() != null) {
				migration.then().apply(c);
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, script) VALUES (?, ?)")) { //$NON-NLS-1$
				p.setInt(1, version);
				p.setString(2, migration.script());
				p.executeUpdate();
			}
		}
	}

	public static int currentVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) { //$NON-NLS-1$
			r.next();
			return r.getInt(1);
		}
	}

	private static String read(String script) {
		try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/migration/" + script)) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalStateException("Migration missing from the bundle: " + script); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Splits a script at semicolons that end a line; drops comment lines. */
	static List<String> statements(String script) {
		StringBuilder cleaned = new StringBuilder();
		for (String line : script.split("\n")) { //$NON-NLS-1$
			if (!line.strip().startsWith("--")) { //$NON-NLS-1$
				cleaned.append(line).append('\n');
			}
		}
		return List.of(cleaned.toString().split(";\\s*\n")).stream().map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
				.toList();
	}
}
