package io.agritrace.cli.internal;

import io.agritrace.core.model.Gtin;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.TraceStore;

/**
 * The registered record that a command's KIND and KEY name: a party by its
 * URI, GLN or USCC; a location by its URI or GLN; a product by its GTIN.
 */
final class MasterDataArgument {

	private MasterDataArgument() {
	}

	/** @throws Arguments.UsageException when the kind is none of the three */
	static MasterDataKind kind(String kind) {
		return switch (kind) {
		case "party" -> MasterDataKind.PARTY; //$NON-NLS-1$
		case "location" -> MasterDataKind.LOCATION; //$NON-NLS-1$
		case "product" -> MasterDataKind.PRODUCT; //$NON-NLS-1$
		default -> throw new Arguments.UsageException(Texts.MasterData_kinds.with(kind));
		};
	}

	/**
	 * @return the {@code Party}, {@code Location} or {@code Product} registered under that key
	 * @throws Arguments.UsageException when none is
	 */
	static Object record(TraceStore store, MasterDataKind kind, String key) {
		return (switch (kind) {
		case PARTY -> store.masterData().parties().stream()
				.filter(p -> key.equals(p.uri()) || key.equals(p.gln()) || key.equalsIgnoreCase(p.uscc())).findFirst();
		case LOCATION -> store.masterData().locations().stream()
				.filter(l -> key.equals(l.uri()) || l.uri().endsWith('/' + key)).findFirst();
		case PRODUCT -> store.masterData().product(key.matches("\\d{8,14}") //$NON-NLS-1$
				? Gtin.parse("GTIN", "GTIN", key).toString() : key); //$NON-NLS-1$ //$NON-NLS-2$
		}).map(Object.class::cast)
				.orElseThrow(() -> new Arguments.UsageException(Texts.MasterData_unknown.with(key)));
	}
}
