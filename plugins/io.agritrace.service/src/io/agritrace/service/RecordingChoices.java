package io.agritrace.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.store.HoldingsRepository;
import io.agritrace.store.TraceStore;

/**
 * What an event recorded here can name, read from the store: the parties,
 * sites and products registered here and not deactivated, each lot at each place some of it is held,
 * the shipments on their way and the registered batches (for trace codes and
 * new lot numbers); named in one language.
 *
 * @param lots          the stops some of a lot is at, with who holds how much there
 * @param shipments     the shipments no receipt has matched yet
 * @param harvestPlaces the sites where harvests were recorded (fields, gardens), to which nothing is shipped
 * @param registered    every party, site and product registered here, deactivated ones too: what names a lot
 *                      held by them
 */
public record RecordingChoices(List<Party> parties, List<Location> sites, List<Product> products,
		List<CustodyChain.Stop> lots, List<CustodyChain.Transit> shipments, Map<String, ProductBatch> batches,
		Set<String> harvestPlaces, Registered registered, Locale language) {

	/** The roles (their codes) of the organisations that check goods and receive none. */
	private static final Set<String> NOT_RECEIVING = Set.of(PartyRole.INSPECTOR.code(), PartyRole.REGULATOR.code());

	/** Registered records by key (a party's or site's URI, a product's GTIN), whether offered for new records or not. */
	public record Registered(Map<String, Party> parties, Map<String, Location> sites, Map<String, Product> products) {

		static Registered read(TraceStore store) {
			return new Registered(
					store.masterData().parties().stream().filter(p -> !p.external())
							.collect(Collectors.toMap(Party::uri, Function.identity(), (a, b) -> a)),
					store.masterData().locations().stream().filter(l -> !l.external())
							.collect(Collectors.toMap(Location::uri, Function.identity(), (a, b) -> a)),
					store.masterData().products().stream().filter(p -> !p.external())
							.collect(Collectors.toMap(Product::gtin, Function.identity(), (a, b) -> a)));
		}
	}

	/** Nothing to choose yet: what a form offers until the store has answered. */
	public static RecordingChoices none(Locale language) {
		return new RecordingChoices(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Set.of(),
				new Registered(Map.of(), Map.of(), Map.of()), language);
	}

	public static RecordingChoices read(TraceStore store, Locale language) {
		HoldingsRepository.Holdings holdings = store.holdings().all();
		return new RecordingChoices(store.masterData().activeParties(), store.masterData().activeLocations(),
				store.masterData().activeProducts(), holdings.onHand(),
				holdings.inTransit(),
				store.batches().list().stream().collect(Collectors.toMap(ProductBatch::code, Function.identity())),
				store.masterData().harvestPlaces(), Registered.read(store), language);
	}

	/**
	 * The sites of the organisation to which a shipment can go: those it
	 * runs, less the fields and gardens where it harvests.
	 */
	public List<Location> receivingSites(String party) {
		return sites.stream().filter(l -> party != null && party.equals(l.operator()) && !harvestPlaces.contains(l.uri()))
				.toList();
	}

	/**
	 * The sites where an organisation does a step on a lot: where the lot is,
	 * first, then the sites it runs; each once, and only those in use.
	 *
	 * @param party the organisation doing the step, or null
	 * @param lotAt the site where the lot is, or null
	 */
	public List<Location> stepSites(String party, String lotAt) {
		return Stream.concat(sites.stream().filter(l -> l.uri().equals(lotAt)),
				sites.stream().filter(l -> party != null && party.equals(l.operator()) && !l.uri().equals(lotAt))).toList();
	}

	/**
	 * The organisations a shipment can go to: any other than the shipper that
	 * runs a site able to receive it, but no inspector or regulator, who
	 * samples lots where they are held (the inspecting step) and receives no
	 * goods.
	 */
	public List<Party> receivers(String shipper) {
		return parties.stream().filter(p -> !p.uri().equals(shipper) && !NOT_RECEIVING.contains(p.role())
				&& !receivingSites(p.uri()).isEmpty()).toList();
	}

	public String partyName(String uri) {
		Party party = registered.parties().get(uri);
		return party == null ? uri : name(party);
	}

	public String siteName(String uri) {
		Location site = registered.sites().get(uri);
		return site == null ? uri : name(site);
	}

	public Optional<Product> product(String lot) {
		return Identifiers.gtin(lot).map(registered.products()::get);
	}

	/** "梅河大米 20261001-1 · 12,000 kg · 吉林米业 · 吉林米业加工厂" : product, lot number, quantity held, holder and place. */
	public String lotName(CustodyChain.Stop lot) {
		String name = lotLabel(lot.item()) + "  ·  " + held(lot); //$NON-NLS-1$
		String holder = lot.party() == null ? name : name + "  ·  " + partyName(lot.party()); //$NON-NLS-1$
		return lot.location() == null ? holder : holder + "  ·  " + siteName(lot.location()); //$NON-NLS-1$
	}

	/** The amount held of a lot at its stop, as people read it. */
	public String held(CustodyChain.Stop lot) {
		return lot.held() == null ? Texts.Choices_notCounted.text(language) : Quantities.of(lot.held(), lot.uom(), language);
	}

	/** The amount a shipment carries, as people read it. */
	public String amount(CustodyChain.Transit shipment) {
		return shipment.quantity() == null ? Texts.Choices_notCounted.text(language)
				: Quantities.of(shipment.quantity(), shipment.uom(), language);
	}

	/** The product's name and the lot number of a lot's Digital Link. */
	public String lotLabel(String lot) {
		return product(lot).map(p -> p.name(language)).orElse("") + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ Identifiers.lotNumber(lot).orElse(lot);
	}

	public String name(Party p) {
		return Labels.party(p, language);
	}

	public String name(Location l) {
		return Labels.site(l, language);
	}

	public String name(Product p) {
		return Labels.product(p, language);
	}
}
