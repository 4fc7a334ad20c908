package io.agritrace.ui.internal.wizards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.store.HoldingsRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Names;
import io.agritrace.ui.internal.Quantities;

/**
 * What an event can name, read from the store: registered parties, sites and
 * products, the lots that still exist, the shipments awaiting receipt and the
 * registered batches (for trace codes and new lot numbers).
 */
record EventChoices(List<Party> parties, List<Location> sites, List<Product> products,
		List<CustodyChain.Stop> lots, List<CustodyChain.Transit> shipments,
		Map<String, ProductBatch> batches) {

	static final EventChoices NONE = new EventChoices(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

	static EventChoices read(TraceStore store) {
		HoldingsRepository.Holdings holdings = store.holdings().all();
		return new EventChoices(store.masterData().parties().stream().filter(p -> !p.external()).toList(),
				store.masterData().locations().stream().filter(l -> !l.external()).toList(),
				store.masterData().products().stream().filter(p -> !p.external()).toList(), holdings.onHand(),
				holdings.inTransit(),
				store.batches().list().stream().collect(Collectors.toMap(ProductBatch::code, Function.identity())));
	}

	String partyName(String uri) {
		return parties.stream().filter(p -> p.uri().equals(uri)).findFirst().map(EventChoices::name).orElse(uri);
	}

	String siteName(String uri) {
		return sites.stream().filter(l -> l.uri().equals(uri)).findFirst().map(EventChoices::name).orElse(uri);
	}

	Optional<Product> product(String lot) {
		return Identifiers.gtin(lot).flatMap(gtin -> products.stream().filter(p -> p.gtin().equals(gtin)).findFirst());
	}

	/** "梅河大米 20261001-1 · 12,000 kg · 吉林米业 · 吉林米业加工厂" : product, lot number, quantity held, holder and place. */
	String lotName(CustodyChain.Stop lot) {
		String amount = lot.held() == null ? Messages.EventWizard_notCounted : Quantities.of(lot.held(), lot.uom());
		String name = lotLabel(lot.item()) + "  ·  " + amount; //$NON-NLS-1$
		String holder = lot.party() == null ? name : name + "  ·  " + partyName(lot.party()); //$NON-NLS-1$
		return lot.location() == null ? holder : holder + "  ·  " + siteName(lot.location()); //$NON-NLS-1$
	}

	/** The product's name and the lot number of a lot's Digital Link. */
	String lotLabel(String lot) {
		return product(lot).map(p -> Names.of(p.nameZh(), p.nameEn())).orElse("") + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ Identifiers.lotNumber(lot).orElse(lot);
	}

	static String name(Party p) {
		return Names.of(p.nameZh(), p.nameEn());
	}

	static String name(Location l) {
		String name = Names.of(l.nameZh(), l.nameEn());
		return l.division() == null ? name
				: name + "  (" + Divisions.name(l.division(), DisplayLanguage.current()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String name(Product p) {
		return Names.of(p.nameZh(), p.nameEn()) + "  " + p.gtin(); //$NON-NLS-1$
	}
}
