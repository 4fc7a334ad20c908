package io.agritrace.service;

import static io.agritrace.core.model.MasterDataValidator.FIELD_CATEGORY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_CONTACT;
import static io.agritrace.core.model.MasterDataValidator.FIELD_COUNTY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_DIVISION;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GLN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GTIN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LATITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LONGITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_OPERATOR;
import static io.agritrace.core.model.MasterDataValidator.FIELD_ROLE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_STORAGE_BAND;
import static io.agritrace.core.model.MasterDataValidator.FIELD_UNIT;
import static io.agritrace.core.model.MasterDataValidator.FIELD_USCC;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.text.Localized;
import io.agritrace.store.MasterDataChange;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.StoreException;
import io.agritrace.store.TraceStore;

/**
 * Corrects registered organisations, sites and products, for every front end:
 * an edit changes names, places and the like, never the identifier events
 * name the record by; a record is deactivated rather than deleted once
 * anything refers to it. Each change is stored with who made it and when (in
 * the workspace's zone), in the same transaction as the change.
 */
public final class MasterDataEditor {

	private final TraceStore store;
	private final String user;
	private final Clock clock;

	/**
	 * @param user  who makes the changes
	 * @param clock when, in the workspace's zone ({@link WorkspaceZone#clock()})
	 */
	public MasterDataEditor(TraceStore store, String user, Clock clock) {
		this.store = store;
		this.user = user;
		this.clock = clock;
	}

	/** Changes made by the person logged in to this computer, at the workspace's time. */
	public static MasterDataEditor asUser(TraceStore store) {
		return new MasterDataEditor(store, user(), WorkspaceZone.clock());
	}

	/** The operating system's user name: who a change made here is recorded as. */
	public static String user() {
		return System.getProperty("user.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Registers a new party. Registering one again as it is stored changes
	 * nothing; with other fields it is refused: a correction is an edit, which
	 * keeps the fields' history.
	 *
	 * @return whether it was new
	 * @throws ValidationException naming the GLN (or the USCC, for a party without one) when a party with
	 *                             other fields has it, or the USCC when another party has that
	 */
	public boolean register(Party party) {
		if (party.uscc() != null) {
			Optional<Party> sameUscc = store.masterData().parties().stream()
					.filter(p -> party.uscc().equalsIgnoreCase(p.uscc()) && !p.uri().equals(party.uri())).findFirst();
			if (sameUscc.isPresent()) {
				refuseOther(FIELD_USCC, party.uscc(), sameUscc.get().nameZh(), sameUscc.get().nameEn());
			}
		}
		if (store.masterData().add(party, user, now())) {
			return true;
		}
		Party stored = store.masterData().party(party.uri()).orElseThrow(() -> unknown(party.uri()));
		if (!fields(stored).equals(fields(party)) || !Objects.equals(stored.uscc(), party.uscc())) {
			refuseOther(party.gln() == null ? FIELD_USCC : FIELD_GLN, party.gln() == null ? party.uscc() : party.gln(),
					stored.nameZh(), stored.nameEn());
		}
		return false;
	}

	/** Registers a new site; as {@link #register(Party)}. */
	public boolean register(Location location) {
		if (store.masterData().add(location, user, now())) {
			return true;
		}
		Location stored = store.masterData().location(location.uri()).orElseThrow(() -> unknown(location.uri()));
		if (!fields(stored).equals(fields(location))) {
			refuseOther(FIELD_GLN, Gln.ofUri(location.uri()), stored.nameZh(), stored.nameEn());
		}
		return false;
	}

	/** Registers a new product; as {@link #register(Party)}. */
	public boolean register(Product product) {
		if (store.masterData().add(product, user, now())) {
			return true;
		}
		Product stored = store.masterData().product(product.gtin()).orElseThrow(() -> unknown(product.gtin()));
		if (!fields(stored).equals(fields(product))) {
			refuseOther(FIELD_GTIN, product.gtin(), stored.nameZh(), stored.nameEn());
		}
		return false;
	}

	/**
	 * Stores the party's new fields under its URI.
	 *
	 * @param uri    the party as it is registered
	 * @param edited its fields as corrected (checked by {@code MasterDataValidator})
	 * @return the fields that changed; none stored when nothing did
	 * @throws ValidationException naming an identifier that events refer to and the edit would change
	 * @throws StoreException      when no party has that URI
	 */
	public List<MasterDataChange> edit(String uri, Party edited) {
		Party stored = store.masterData().party(uri).orElseThrow(() -> unknown(uri));
		requireSame(FIELD_GLN, stored.gln(), edited.gln());
		requireSame(FIELD_USCC, stored.uscc(), edited.uscc());
		requireSame(FIELD_GLN, stored.uri(), edited.uri());
		List<MasterDataChange> changes = changes(MasterDataKind.PARTY, uri, fields(stored), fields(edited));
		if (!changes.isEmpty()) {
			store.masterData().edit(new Party(uri, stored.uscc(), stored.gln(), edited.nameZh(), edited.nameEn(),
					edited.role(), edited.county(), edited.contact(), stored.external()), changes);
		}
		return changes;
	}

	/** Stores the site's new fields under its URI; as {@link #edit(String, Party)}. */
	public List<MasterDataChange> edit(String uri, Location edited) {
		Location stored = store.masterData().location(uri).orElseThrow(() -> unknown(uri));
		requireSame(FIELD_GLN, stored.uri(), edited.uri());
		List<MasterDataChange> changes = changes(MasterDataKind.LOCATION, uri, fields(stored), fields(edited));
		if (!changes.isEmpty()) {
			store.masterData().edit(new Location(uri, edited.division(), edited.nameZh(), edited.nameEn(),
					edited.latitude(), edited.longitude(), edited.operator(), stored.external()), changes);
		}
		return changes;
	}

	/** Stores the product's new fields under its GTIN; as {@link #edit(String, Party)}. */
	public List<MasterDataChange> edit(String gtin, Product edited) {
		Product stored = store.masterData().product(gtin).orElseThrow(() -> unknown(gtin));
		requireSame(FIELD_GTIN, stored.gtin(), edited.gtin());
		List<MasterDataChange> changes = changes(MasterDataKind.PRODUCT, gtin, fields(stored), fields(edited));
		if (!changes.isEmpty()) {
			store.masterData().edit(new Product(gtin, edited.nameZh(), edited.nameEn(), edited.category(), edited.unit(),
					edited.storageBand(), stored.external()), changes);
		}
		return changes;
	}

	/** No longer offers the record for new records; it stays in history, traces and exports. */
	public void deactivate(MasterDataKind kind, String key) {
		store.masterData().setActive(kind, key, false, user, now());
	}

	/** Offers a deactivated record again. */
	public void reactivate(MasterDataKind kind, String key) {
		store.masterData().setActive(kind, key, true, user, now());
	}

	/**
	 * Deletes a record nothing refers to.
	 *
	 * @throws StoreException saying why when events, lots or sites refer to it
	 */
	public void delete(MasterDataKind kind, String key) {
		store.masterData().delete(kind, key, user, now());
	}

	/** What kind of master data the record is: a {@link Party}, {@link Location} or {@link Product}. */
	public static MasterDataKind kind(Object record) {
		return switch (record) {
		case Party p -> MasterDataKind.PARTY;
		case Location l -> MasterDataKind.LOCATION;
		case Product p -> MasterDataKind.PRODUCT;
		default -> throw new IllegalArgumentException(String.valueOf(record));
		};
	}

	/** The key the store keeps the record under: a URI or a GTIN. */
	public static String key(Object record) {
		return switch (record) {
		case Party p -> p.uri();
		case Location l -> l.uri();
		case Product p -> p.gtin();
		default -> throw new IllegalArgumentException(String.valueOf(record));
		};
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static StoreException unknown(String key) {
		return new StoreException(Texts.MasterData_unknown.with(key), null);
	}

	/** Refuses a registration whose identifier is registered already, as the record it names. */
	private static void refuseOther(String field, String key, String nameZh, String nameEn) {
		Localized name = language -> DisplayLanguage.name(language, nameZh, nameEn);
		throw new ValidationException(field, key, Texts.MasterData_registered.with(key, name));
	}

	private static void requireSame(String field, String stored, String edited) {
		if (!Objects.equals(stored, edited)) {
			throw new ValidationException(field, edited, Texts.MasterData_identifierFixed.with(field, stored));
		}
	}

	private List<MasterDataChange> changes(MasterDataKind kind, String key, Map<String, String> before,
			Map<String, String> after) {
		OffsetDateTime at = now();
		List<MasterDataChange> changes = new ArrayList<>();
		before.forEach((field, old) -> {
			String value = after.get(field);
			if (!Objects.equals(old, value)) {
				changes.add(MasterDataChange.edited(kind, key, field, old, value, user, at));
			}
		});
		return changes;
	}

	/** The fields an edit may change, by their {@code MasterDataValidator} keys, as text. */
	private static Map<String, String> fields(Party p) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(FIELD_NAME_ZH, p.nameZh());
		fields.put(FIELD_NAME_EN, p.nameEn());
		fields.put(FIELD_ROLE, p.role());
		fields.put(FIELD_COUNTY, p.county());
		fields.put(FIELD_CONTACT, p.contact());
		return fields;
	}

	private static Map<String, String> fields(Location l) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(FIELD_NAME_ZH, l.nameZh());
		fields.put(FIELD_NAME_EN, l.nameEn());
		fields.put(FIELD_DIVISION, l.division());
		fields.put(FIELD_LATITUDE, l.latitude() == null ? null : l.latitude().toString());
		fields.put(FIELD_LONGITUDE, l.longitude() == null ? null : l.longitude().toString());
		fields.put(FIELD_OPERATOR, l.operator());
		return fields;
	}

	private static Map<String, String> fields(Product p) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(FIELD_NAME_ZH, p.nameZh());
		fields.put(FIELD_NAME_EN, p.nameEn());
		fields.put(FIELD_CATEGORY, p.category());
		fields.put(FIELD_UNIT, p.unit());
		fields.put(FIELD_STORAGE_BAND, p.storageBand() == null ? null : p.storageBand().code());
		return fields;
	}
}
