package io.agritrace.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops and recreates every secondary index of the schema from its table's
 * rows: after a killed process, H2 2.3.232 can leave index entries without
 * rows, or rows without entries (see {@link CleanClose}). Indexes that are the
 * table's own row key (a BIGINT primary key) need nothing.
 */
public final class IndexRebuild {

	private IndexRebuild() {
	}

	/**
	 * An index as created: by a constraint (PRIMARY KEY, UNIQUE) on its columns,
	 * else by CREATE [UNIQUE] INDEX on its columns in their order (ASC, DESC).
	 */
	private record Definition(String table, String index, String constraint, String type, String columns,
			String orderedColumns) {

		List<String> rebuild() {
			if (constraint != null) {
				return List.of("ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(constraint), //$NON-NLS-1$ //$NON-NLS-2$
						"ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(constraint) //$NON-NLS-1$ //$NON-NLS-2$
								+ " " + type + " (" + columns //$NON-NLS-1$ //$NON-NLS-2$
								+ ")"); //$NON-NLS-1$
			}
			return List.of("DROP INDEX " + quote(index), //$NON-NLS-1$
					"CREATE " + ("UNIQUE INDEX".equals(type) ? "UNIQUE " : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ "INDEX " + quote(index) + " ON " + quote(table) //$NON-NLS-1$ //$NON-NLS-2$
							+ " (" + orderedColumns + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return how many indexes were rebuilt */
	public static int rebuildAll(Connection c) throws SQLException {
		List<Definition> definitions = definitions(c);
		try (Statement s = c.createStatement()) {
			for (Definition d : definitions) {
				for (String sql : d.rebuild()) {
					s.execute(sql);
				}
			}
		}
		return definitions.size();
	}

	private static List<Definition> definitions(Connection c) throws SQLException {
		List<Definition> definitions = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, k.CONSTRAINT_NAME, " //$NON-NLS-1$
						+ "COALESCE(k.CONSTRAINT_TYPE, i.INDEX_TYPE_NAME), " //$NON-NLS-1$
						+ columnList("'\"' || x.COLUMN_NAME || '\"'") + ", " //$NON-NLS-1$
						+ columnList("'\"' || x.COLUMN_NAME || '\" ' || x.ORDERING_SPECIFICATION") + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ "FROM INFORMATION_SCHEMA.INDEXES i LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS k " //$NON-NLS-1$
						+ "ON k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME " //$NON-NLS-1$
						+ "AND k.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') " //$NON-NLS-1$
						+ "WHERE i.INDEX_SCHEMA = CURRENT_SCHEMA AND i.INDEX_CLASS = 'org.h2.mvstore.db.MVSecondaryIndex' " //$NON-NLS-1$
						+ "ORDER BY i.TABLE_NAME, i.INDEX_NAME")) { //$NON-NLS-1$
			while (r.next()) {
				definitions.add(new Definition(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
						r.getString(6)));
			}
		}
		return definitions;
	}

	/** The index's columns in their order, each as {@code column} renders it (SQL over INDEX_COLUMNS x). */
	private static String columnList(String column) {
		return "(SELECT LISTAGG(" + column + ", ', ') WITHIN GROUP (ORDER BY x.ORDINAL_POSITION) " //$NON-NLS-1$ //$NON-NLS-2$
				+ "FROM INFORMATION_SCHEMA.INDEX_COLUMNS x WHERE x.INDEX_SCHEMA = i.INDEX_SCHEMA AND x.INDEX_NAME = " //$NON-NLS-1$
				+ "i.INDEX_NAME)"; //$NON-NLS-1$
	}

	private static String quote(String name) {
		return '"' + name + '"';
	}
}
