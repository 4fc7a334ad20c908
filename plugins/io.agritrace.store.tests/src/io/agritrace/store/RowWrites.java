package io.agritrace.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.h2.api.Trigger;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * A statement trigger on every table of a store that notes which thread ran
 * each INSERT, UPDATE, DELETE or MERGE, even one that changed no row: how a
 * test sees that a read wrote nothing, while the store's own threads may.
 */
public final class RowWrites implements Trigger {

	private static final Queue<String> WRITES = new ConcurrentLinkedQueue<>();

	static {
		// H2 loads trigger classes by name; inside OSGi it sees only its own bundle.
		JdbcUtils.addClassFactory(new Utils.ClassFactory() {
			@Override
			public boolean match(String name) {
				return name.equals(RowWrites.class.getName());
			}

			@Override
			public Class<?> loadClass(String name) {
				return RowWrites.class;
			}
		});
	}

	private String table;

	/** Puts the trigger on every table of the store's schema and forgets the writes noted so far. */
	public static void watch(TraceStore store) {
		StoreInternals.sql(store, c -> {
			List<String> tables = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM "
							+ "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_TYPE = 'BASE TABLE'")) {
				while (r.next()) {
					tables.add(r.getString(1));
				}
			}
			try (Statement s = c.createStatement()) {
				for (String t : tables) {
					s.execute("CREATE TRIGGER IF NOT EXISTS \"writes_" + t + "\" AFTER INSERT, UPDATE, DELETE ON \"" + t
							+ "\" CALL \"" + RowWrites.class.getName() + "\"");
				}
			}
			return tables.size();
		});
		WRITES.clear();
	}

	/** "thread: table" of every write noted since {@link #watch}. */
	public static List<String> noted() {
		return List.copyOf(WRITES);
	}

	/** The writes noted on this thread. */
	public static List<String> by(Thread thread) {
		return noted().stream().filter(w -> w.startsWith(thread.getName() + ": ")).toList();
	}

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
		table = tableName;
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		WRITES.add(Thread.currentThread().getName() + ": " + table);
	}
}
