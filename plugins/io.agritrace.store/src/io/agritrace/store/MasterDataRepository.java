package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.Transactions.SqlWork;

/**
 * Parties, locations and products. A record's key (the URI or GTIN events
 * name it by) never changes; its other fields may be edited, and it may be
 * deactivated (kept for history, no longer offered for new records) or, when
 * nothing refers to it, deleted. Each such change is kept with who made it
 * and when, in the same transaction.
 */
public final class MasterDataRepository {

	private final Transactions transactions;

	MasterDataRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * Registers (or updates) a data set's master data in one transaction, as
	 * the demo loads it; what a person registers goes through
	 * {@link #add(Party, String, OffsetDateTime)}, which keeps who did it.
	 */
	public void register(Collection<Party> parties, Collection<Location> locations, Collection<Product> products) {
		transactions.run(c -> register(c, parties, locations, products));
	}

	static void register(Connection c, Collection<Party> parties, Collection<Location> locations,
			Collection<Product> products) throws SQLException {
		for (Party p : parties) {
			upsert(c, p);
		}
		for (Location l : locations) {
			upsert(c, l);
		}
		for (Product p : products) {
			upsert(c, p);
		}
	}

	static void upsert(Connection c, Party p) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("MERGE INTO party(uri, uscc, gln, name_zh, name_en, roles, " //$NON-NLS-1$
				+ "county, contact, " //$NON-NLS-1$
				+ "external) KEY(uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			s.setString(1, p.uri());
			s.setString(2, p.uscc());
			s.setString(3, p.gln());
			s.setString(4, p.nameZh());
			s.setString(5, p.nameEn());
			s.setString(6, p.role());
			s.setString(7, p.county());
			s.setString(8, p.contact());
			s.setBoolean(9, p.external());
			s.executeUpdate();
		}
	}

	static void upsert(Connection c, Location l) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("MERGE INTO location(uri, division, name_zh, name_en, latitude, " //$NON-NLS-1$
				+ "longitude, " //$NON-NLS-1$
				+ "operator, external) KEY(uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			s.setString(1, l.uri());
			s.setString(2, l.division());
			s.setString(3, l.nameZh());
			s.setString(4, l.nameEn());
			s.setBigDecimal(5, l.latitude() == null ? null : BigDecimal.valueOf(l.latitude()));
			s.setBigDecimal(6, l.longitude() == null ? null : BigDecimal.valueOf(l.longitude()));
			s.setString(7, l.operator());
			s.setBoolean(8, l.external());
			s.executeUpdate();
		}
	}

	static void upsert(Connection c, Product p) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("MERGE INTO product(gtin, name_zh, name_en, category, unit, " //$NON-NLS-1$
				+ "storage_band, external) KEY(gtin) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			s.setString(1, p.gtin());
			s.setString(2, p.nameZh());
			s.setString(3, p.nameEn());
			s.setString(4, p.category());
			s.setString(5, p.unit());
			s.setString(6, p.storageBand() == null ? null : p.storageBand().code());
			s.setBoolean(7, p.external());
			s.executeUpdate();
		}
	}

	public List<Party> parties() {
		return transactions.call(c -> {
			List<Party> result = new ArrayList<>();
			try (PreparedStatement s = c
					.prepareStatement("SELECT uri, uscc, gln, name_zh, name_en, roles, county, contact, external FROM " //$NON-NLS-1$
							+ "party ORDER BY uri"); //$NON-NLS-1$
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(new Party(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
							r.getString(6), r.getString(7), r.getString(8), r.getBoolean(9)));
				}
			}
			return result;
		});
	}

	public List<Location> locations() {
		return transactions.call(c -> {
			List<Location> result = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT uri, division, name_zh, name_en, latitude, longitude, " //$NON-NLS-1$
					+ "operator, external " //$NON-NLS-1$
					+ "FROM location ORDER BY uri"); //$NON-NLS-1$
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(new Location(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
							degrees(r.getBigDecimal(5)), degrees(r.getBigDecimal(6)), r.getString(7), r.getBoolean(8)));
				}
			}
			return result;
		});
	}

	/** Each registered site looked up in ix_event_location_step: the events are not read. */
	static final String HARVEST_PLACES = "SELECT l.uri FROM location l WHERE EXISTS (SELECT 1 FROM epcis_event e " //$NON-NLS-1$
			+ "WHERE e.biz_location = l.uri AND e.biz_step = ?)"; //$NON-NLS-1$

	/**
	 * The places where a harvest was recorded: fields, gardens and barns, where
	 * produce grows and from which it leaves, but to which no shipment goes.
	 */
	public Set<String> harvestPlaces() {
		return transactions.call(c -> {
			Set<String> result = new TreeSet<>();
			try (PreparedStatement s = c.prepareStatement(HARVEST_PLACES)) {
				s.setString(1, BizSteps.shortName(BizSteps.HARVESTING));
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						result.add(r.getString(1));
					}
				}
			}
			return result;
		});
	}

	public List<Product> products() {
		return transactions.call(c -> {
			List<Product> result = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT gtin, name_zh, name_en, category, unit, storage_band, " //$NON-NLS-1$
					+ "external FROM product ORDER BY gtin"); //$NON-NLS-1$
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(new Product(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
							StorageBand.of("storage_band", "storage_band", r.getString(6)), r.getBoolean(7))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return result;
		});
	}

	private static Double degrees(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/** A party's name in the language asked for, or its URI. */
	public String partyName(String uri, Locale language) {
		return name("party", "uri", uri, language).orElse(uri); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A party's telephone number, if one is registered. */
	public Optional<String> contact(String uri) {
		return transactions.call(c -> {
			try (PreparedStatement s = c.prepareStatement("SELECT contact FROM party WHERE uri = ?")) { //$NON-NLS-1$
				s.setString(1, uri);
				try (ResultSet r = s.executeQuery()) {
					return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
				}
			}
		});
	}

	public String locationName(String uri, Locale language) {
		return name("location", "uri", uri, language).orElse(uri); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A product's name in the language asked for, if the product is known by name. */
	public Optional<String> productName(String gtin, Locale language) {
		return name("product", "gtin", gtin, language); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The name of the master data row with this key, if it has one in that language. */
	private Optional<String> name(String table, String keyColumn, String key, Locale language) {
		return transactions.call(c -> {
			try (PreparedStatement s = c.prepareStatement(
					"SELECT name_zh, name_en FROM " + table + " WHERE " + keyColumn + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s.setString(1, key);
				try (ResultSet r = s.executeQuery()) {
					return r.next() ? Optional.ofNullable(r.getString(DisplayLanguage.pick(language, 1, 2))) : Optional.empty();
				}
			}
		});
	}

	/** The party with this URI, active or not. */
	public Optional<Party> party(String uri) {
		return parties().stream().filter(p -> p.uri().equals(uri)).findFirst();
	}

	/** The site with this URI, active or not. */
	public Optional<Location> location(String uri) {
		return locations().stream().filter(l -> l.uri().equals(uri)).findFirst();
	}

	/** The product with this GTIN-14, active or not. */
	public Optional<Product> product(String gtin) {
		return products().stream().filter(p -> p.gtin().equals(gtin)).findFirst();
	}

	/** The parties registered here that new records may name: not imported, not deactivated. */
	public List<Party> activeParties() {
		Set<String> inactive = inactive(MasterDataKind.PARTY);
		return parties().stream().filter(p -> !p.external() && !inactive.contains(p.uri())).toList();
	}

	/** The sites registered here that new records may name. */
	public List<Location> activeLocations() {
		Set<String> inactive = inactive(MasterDataKind.LOCATION);
		return locations().stream().filter(l -> !l.external() && !inactive.contains(l.uri())).toList();
	}

	/** The products registered here that new records may name. */
	public List<Product> activeProducts() {
		Set<String> inactive = inactive(MasterDataKind.PRODUCT);
		return products().stream().filter(p -> !p.external() && !inactive.contains(p.gtin())).toList();
	}

	/** The keys of the records of this kind that are deactivated. */
	public Set<String> inactive(MasterDataKind kind) {
		return transactions.call(c -> {
			Set<String> result = new TreeSet<>();
			try (PreparedStatement s = c.prepareStatement(
					"SELECT " + kind.keyColumn() + " FROM " + kind.table() + " WHERE NOT active"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(r.getString(1));
				}
			}
			return result;
		});
	}

	/**
	 * Registers a new party and notes who registered it, in one transaction.
	 *
	 * @return false, writing nothing, when a party has its URI already
	 */
	public boolean add(Party p, String by, OffsetDateTime at) {
		return add(MasterDataKind.PARTY, p.uri(), c -> upsert(c, p), by, at);
	}

	/** Registers a new site; as {@link #add(Party, String, OffsetDateTime)}. */
	public boolean add(Location l, String by, OffsetDateTime at) {
		return add(MasterDataKind.LOCATION, l.uri(), c -> upsert(c, l), by, at);
	}

	/** Registers a new product; as {@link #add(Party, String, OffsetDateTime)}. */
	public boolean add(Product p, String by, OffsetDateTime at) {
		return add(MasterDataKind.PRODUCT, p.gtin(), c -> upsert(c, p), by, at);
	}

	private boolean add(MasterDataKind kind, String key, SqlWork insert, String by, OffsetDateTime at) {
		return transactions.call(c -> {
			if (exists(c, kind, key)) {
				return false;
			}
			insert.run(c);
			log(c, List.of(MasterDataChange.of(kind, key, MasterDataChange.Action.REGISTERED, by, at)));
			return true;
		});
	}

	/**
	 * Stores an edited party under its unchanged URI, with the changes that
	 * describe the edit, in one transaction.
	 *
	 * @throws StoreException when no party has that URI
	 */
	public void edit(Party p, List<MasterDataChange> changes) {
		transactions.run(c -> {
			requireExists(c, MasterDataKind.PARTY, p.uri());
			upsert(c, p);
			log(c, changes);
		});
	}

	/** Stores an edited site under its unchanged URI, with the changes that describe the edit. */
	public void edit(Location l, List<MasterDataChange> changes) {
		transactions.run(c -> {
			requireExists(c, MasterDataKind.LOCATION, l.uri());
			upsert(c, l);
			log(c, changes);
		});
	}

	/** Stores an edited product under its unchanged GTIN, with the changes that describe the edit. */
	public void edit(Product p, List<MasterDataChange> changes) {
		transactions.run(c -> {
			requireExists(c, MasterDataKind.PRODUCT, p.gtin());
			upsert(c, p);
			log(c, changes);
		});
	}

	/**
	 * Deactivates or reactivates a record, noting who did it; nothing is
	 * written when it is so already.
	 *
	 * @throws StoreException when no record has that key
	 */
	public void setActive(MasterDataKind kind, String key, boolean active, String by, OffsetDateTime at) {
		transactions.run(c -> {
			requireExists(c, kind, key);
			try (PreparedStatement s = c.prepareStatement("UPDATE " + kind.table() + " SET active = ? WHERE " //$NON-NLS-1$ //$NON-NLS-2$
					+ kind.keyColumn() + " = ? AND active <> ?")) { //$NON-NLS-1$
				s.setBoolean(1, active);
				s.setString(2, key);
				s.setBoolean(3, active);
				if (s.executeUpdate() > 0) {
					log(c, List.of(MasterDataChange.of(kind, key,
							active ? MasterDataChange.Action.REACTIVATED : MasterDataChange.Action.DEACTIVATED, by, at)));
				}
			}
		});
	}

	/**
	 * Deletes a record that nothing refers to, noting who did it.
	 *
	 * @throws StoreException when no record has that key, or when an event, a lot or a site refers to it
	 */
	public void delete(MasterDataKind kind, String key, String by, OffsetDateTime at) {
		transactions.run(c -> {
			requireExists(c, kind, key);
			if (referenced(c, kind, key)) {
				throw new StoreException(Texts.MasterData_referenced.with(key), null);
			}
			try (PreparedStatement s = c.prepareStatement(
					"DELETE FROM " + kind.table() + " WHERE " + kind.keyColumn() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s.setString(1, key);
				s.executeUpdate();
			}
			log(c, List.of(MasterDataChange.of(kind, key, MasterDataChange.Action.DELETED, by, at)));
		});
	}

	/** Whether an event, a lot or a site refers to the record: then it may be deactivated, never deleted. */
	public boolean referenced(MasterDataKind kind, String key) {
		return transactions.call(c -> referenced(c, kind, key));
	}

	/**
	 * Events name parties and sites anywhere in their JSON (sources,
	 * destinations, read points, extensions), so that is searched whole;
	 * products by the GTIN of the lots and classes they are about.
	 */
	private static boolean referenced(Connection c, MasterDataKind kind, String key) throws SQLException {
		String sql = switch (kind) {
		case PARTY -> "SELECT 1 FROM epcis_event WHERE json LIKE ? ESCAPE '!' " //$NON-NLS-1$
				+ "UNION ALL SELECT 1 FROM location WHERE operator = ? " //$NON-NLS-1$
				+ "UNION ALL SELECT 1 FROM product_batch WHERE producer = ?"; //$NON-NLS-1$
		case LOCATION -> "SELECT 1 FROM epcis_event WHERE json LIKE ? ESCAPE '!'"; //$NON-NLS-1$
		case PRODUCT -> "SELECT 1 FROM event_item WHERE item LIKE ? ESCAPE '!' " //$NON-NLS-1$
				+ "UNION ALL SELECT 1 FROM product_batch WHERE gtin = ?"; //$NON-NLS-1$
		};
		try (PreparedStatement s = c.prepareStatement("SELECT EXISTS(" + sql + ')')) { //$NON-NLS-1$
			String escaped = key.replace("!", "!!") //$NON-NLS-1$ //$NON-NLS-2$
					.replace("%", "!%").replace("_", "!_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			s.setString(1, kind == MasterDataKind.PRODUCT ? "%/01/" + escaped + '%' //$NON-NLS-1$
					: "%\"" + escaped + "\"%"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 2; i <= s.getParameterMetaData().getParameterCount(); i++) {
				s.setString(i, key);
			}
			try (ResultSet r = s.executeQuery()) {
				return r.next() && r.getBoolean(1);
			}
		}
	}

	/** The record's changes, oldest first; a deleted record's too. */
	public List<MasterDataChange> history(MasterDataKind kind, String key) {
		return transactions.call(c -> {
			List<MasterDataChange> result = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("SELECT action, field, old_value, new_value, changed_by, " //$NON-NLS-1$
					+ "changed_at FROM master_data_change WHERE kind = ? AND record_key = ? ORDER BY id")) { //$NON-NLS-1$
				s.setString(1, kind.name());
				s.setString(2, key);
				try (ResultSet r = s.executeQuery()) {
					while (r.next()) {
						result.add(new MasterDataChange(kind, key, MasterDataChange.Action.valueOf(r.getString(1)),
								r.getString(2), r.getString(3), r.getString(4), r.getString(5),
								r.getObject(6, OffsetDateTime.class)));
					}
				}
			}
			return result;
		});
	}

	private static void requireExists(Connection c, MasterDataKind kind, String key) throws SQLException {
		if (!exists(c, kind, key)) {
			throw new StoreException(Texts.MasterData_unknown.with(key), null);
		}
	}

	private static boolean exists(Connection c, MasterDataKind kind, String key) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT 1 FROM " + kind.table() + " WHERE " + kind.keyColumn() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.setString(1, key);
			try (ResultSet r = s.executeQuery()) {
				return r.next();
			}
		}
	}

	private static void log(Connection c, List<MasterDataChange> changes) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO master_data_change(kind, record_key, action, field, " //$NON-NLS-1$
				+ "old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			for (MasterDataChange change : changes) {
				s.setString(1, change.kind().name());
				s.setString(2, change.key());
				s.setString(3, change.action().name());
				s.setString(4, change.field());
				s.setString(5, change.oldValue());
				s.setString(6, change.newValue());
				s.setString(7, change.by());
				s.setObject(8, change.at());
				s.addBatch();
			}
			s.executeBatch();
		}
	}
}
