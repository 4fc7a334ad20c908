package io.agritrace.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Parties, locations and products. */
public final class MasterDataRepository {

	private final Transactions transactions;

	MasterDataRepository(Transactions transactions) {
		this.transactions = transactions;
	}

	/** Registers (or updates) master data in one transaction. */
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
}
