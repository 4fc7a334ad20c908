package io.agritrace.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Gtin;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/** Product batches in the database. */
public final class BatchRepository {

	private static final String COLUMNS = "gtin, lot, product_name, quantity, unit, harvest_date, origin_division, " //$NON-NLS-1$
			+ "certifications, " //$NON-NLS-1$
			+ "producer"; //$NON-NLS-1$

	private final Transactions transactions;

	BatchRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Saves all batches in one transaction: all of them or, on any error, none. */
	public void saveAll(Collection<ProductBatch> batches) {
		transactions.run(c -> insert(c, batches));
	}

	/**
	 * Inserts batches; a lot already registered, or twice in {@code batches},
	 * is refused with a sentence that names it (not the database's words).
	 */
	static void insert(Connection c, Collection<ProductBatch> batches) throws SQLException {
		Map<String, ProductBatch> byCode = new HashMap<>();
		for (ProductBatch b : batches) {
			if (byCode.putIfAbsent(b.code(), b) != null) {
				throw new StoreException(Texts.Batch_twice.with(b.lot(), b.gtin()), null);
			}
		}
		Savepoint before = c.setSavepoint();
		try {
			write(c, batches);
		} catch (SQLException e) {
			if (!Transactions.isDuplicateKey(e)) {
				throw e;
			}
			c.rollback(before);
			throw alreadyRegistered(c, byCode, e);
		}
	}

	private static StoreException alreadyRegistered(Connection c, Map<String, ProductBatch> byCode, SQLException cause)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT code, trace_code FROM product_batch WHERE code IN (" //$NON-NLS-1$
				+ String.join(",", Collections.nCopies(byCode.size(), "?")) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int i = 1;
			for (String code : byCode.keySet()) {
				p.setString(i++, code);
			}
			try (ResultSet r = p.executeQuery()) {
				if (r.next()) {
					ProductBatch b = byCode.get(r.getString(1));
					return new StoreException(Texts.Batch_alreadyRegistered.with(b.lot(), b.gtin(), r.getString(2)), cause);
				}
			}
		}
		// Another unique key (a trace code that collides): still no database text for the user.
		return new StoreException(Texts.Batch_notUnique.with(), cause);
	}

	private static void write(Connection c, Collection<ProductBatch> batches) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO product_batch(code, trace_code, " + COLUMNS //$NON-NLS-1$
						+ ", write_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " //$NON-NLS-1$
						+ WriteRuns.VARIABLE + ")")) { //$NON-NLS-1$
			for (ProductBatch b : batches) {
				p.setString(1, b.code());
				p.setString(2, b.traceCode());
				p.setString(3, b.gtin().toString());
				p.setString(4, b.lot());
				p.setString(5, b.productName());
				p.setBigDecimal(6, b.quantity());
				p.setString(7, b.unit());
				p.setDate(8, Date.valueOf(b.harvestDate()));
				p.setString(9, b.originDivision());
				p.setString(10, b.certificates().stream().map(Certificate::code).collect(Collectors.joining(Certificate.SEPARATOR)));
				p.setString(11, b.producer());
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** All batches, newest harvest first. */
	public List<ProductBatch> list() {
		return transactions.call(c -> query(c, "SELECT " + COLUMNS //$NON-NLS-1$
				+ " FROM product_batch ORDER BY harvest_date DESC, code", null)); //$NON-NLS-1$
	}

	/** The batch with this Digital Link code, if stored. */
	public Optional<ProductBatch> find(String code) {
		return transactions.call(c -> query(c, "SELECT " + COLUMNS + " FROM product_batch WHERE code = ?", //$NON-NLS-1$ //$NON-NLS-2$
				code))
				.stream().findFirst();
	}

	/** The batch with this trace code (in its printed form), if stored. */
	public Optional<ProductBatch> findByTraceCode(String traceCode) {
		return transactions.call(c -> query(c, "SELECT " + COLUMNS + " FROM product_batch WHERE trace_code = ?", //$NON-NLS-1$ //$NON-NLS-2$
				traceCode)).stream().findFirst();
	}

	/**
	 * The lots with this lot number (GS1 AI 10, as typed): registered batches
	 * first, then lots of a catalogued product that events name without a
	 * registration (dried paddy, a carcass), each by its canonical code, in
	 * code order within each.
	 */
	public List<String> codesWithLot(String lot) {
		return transactions.call(c -> {
			Set<String> codes = new LinkedHashSet<>();
			try (PreparedStatement p = c.prepareStatement("SELECT code FROM product_batch WHERE lot = ? ORDER BY code")) { //$NON-NLS-1$
				p.setString(1, lot);
				try (ResultSet r = p.executeQuery()) {
					while (r.next()) {
						codes.add(r.getString(1));
					}
				}
			}
			codes.addAll(namedByEvents(c, lot));
			return List.copyOf(codes);
		});
	}

	/** The lot's code under each catalogued GTIN that an event names: one index look-up each, no scan of the items. */
	private static List<String> namedByEvents(Connection c, String lot) throws SQLException {
		List<String> candidates = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("SELECT gtin FROM product ORDER BY gtin"); //$NON-NLS-1$
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				candidates.add(Identifiers.canonical(ProductBatch.codeOf(r.getString(1), lot)));
			}
		}
		List<String> named = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM event_item WHERE item = ? LIMIT 1")) { //$NON-NLS-1$
			for (String code : candidates) {
				p.setString(1, code);
				try (ResultSet r = p.executeQuery()) {
					if (r.next()) {
						named.add(code);
					}
				}
			}
		}
		return named;
	}

	public int count() {
		return transactions.call(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM product_batch"); //$NON-NLS-1$
					ResultSet r = p.executeQuery()) {
				r.next();
				return r.getInt(1);
			}
		});
	}

	private static List<ProductBatch> query(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			if (parameter != null) {
				p.setString(1, parameter);
			}
			try (ResultSet r = p.executeQuery()) {
				List<ProductBatch> result = new ArrayList<>();
				while (r.next()) {
					// Stored rows were validated on the way in; rebuild without re-validating.
					result.add(new ProductBatch(Gtin.parse("gtin", r.getString(1)), r.getString(2), r.getString(3), //$NON-NLS-1$
							r.getBigDecimal(4), r.getString(5), r.getDate(6).toLocalDate(), r.getString(7), r.getString(9),
							Certificate.parseAll("certifications", r.getString(8), null))); //$NON-NLS-1$
				}
				return result;
			}
		}
	}
}
