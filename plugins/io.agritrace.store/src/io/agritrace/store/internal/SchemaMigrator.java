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
 * in {@code schema_version}. Scripts are read as resources of this class, so the
 * same code runs inside OSGi and on a plain class path.
 */
public final class SchemaMigrator {

	/** Every migration in order; append, never edit a released one. */
	static final List<String> MIGRATIONS = List.of("V1__traceability_schema.sql", "V2__outbox_backoff.sql", //$NON-NLS-1$ //$NON-NLS-2$
			"V3__write_runs.sql", "V4__custody_sync.sql", "V5__custody_pending.sql", "V6__write_runs_in_blocks.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"V7__hash_id_varchar.sql", "V8__event_item_keyed_by_event.sql", "V9__hash_id_binary.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"V10__custody_queue.sql", "V11__clean_close.sql", "V12__certificates.sql", "V13__product_unit_and_storage_band.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"V14__batch_producer.sql", "V15__party_contact.sql", "V16__recall_drills.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"V17__verdicts.sql", "V18__event_facts.sql"); //$NON-NLS-1$ //$NON-NLS-2$

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
			String script = MIGRATIONS.get(version - 1);
			try (Statement s = c.createStatement()) {
				for (String sql : statements(read(script))) {
					s.execute(sql);
				}
			}
			try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, script) VALUES (?, ?)")) { //$NON-NLS-1$
				p.setInt(1, version);
				p.setString(2, script);
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
