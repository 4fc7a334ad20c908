package io.agritrace.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;

/**
 * What the event wizards' tests start from: a cooperative with its paddy
 * field, a mill with its site, paddy and rice in the catalogue, and 1,000 kg
 * of paddy harvested three days ago. Names end in a fresh suffix, so that a
 * test finds its own records among others in a shared workspace.
 */
final class PaddyChain {

	final String suffix;
	final String coop;
	final String mill;
	final String field;
	final String millSite;
	final String paddyGtin;
	final String riceGtin;
	/** The harvested lot's number and Digital Link. */
	final String lot;
	final String paddy;
	/** Three days ago at this minute, in the workspace's zone, whose offset events recorded here carry. */
	final OffsetDateTime harvested = OffsetDateTime.now(WorkspaceZone.clock()).minusDays(3).withSecond(0).withNano(0);
	final ProductBatch batch;
	private final StepEvents.Handover toMill;

	/** Registers the parties, sites and products, and records the harvest. */
	PaddyChain(FreshIds ids, String lotPrefix, TraceStore store) {
		suffix = "1" + ids.digits(5);
		coop = Gln.partyUri(ids.gln());
		mill = Gln.partyUri(ids.gln());
		field = Gln.locationUri(ids.gln());
		millSite = Gln.locationUri(ids.gln());
		paddyGtin = ids.gtin();
		riceGtin = ids.gtin();
		lot = lotPrefix + suffix;
		paddy = Identifiers.lot(paddyGtin, lot);
		toMill = new StepEvents.Handover(coop, field, mill, millSite);
		store.masterData().register(
				List.of(new Party(coop, null, null, "水道合作社 C" + suffix, "Shuidao Coop C" + suffix, "cooperative",
						"220581", null, false),
						new Party(mill, null, null, "吉林米业 M" + suffix, "Jilin Rice Mill M" + suffix, "processor",
								"220202", null, false)),
				List.of(new Location(field, "220581", "稻田 F" + suffix, "Paddy field F" + suffix, null, null, coop, false),
						new Location(millSite, "220202", "米厂 S" + suffix, "Mill site S" + suffix, null, null, mill, false)),
				List.of(new Product(paddyGtin, "水稻" + suffix, "Paddy " + suffix, "grain", "KGM",
						StorageBand.LOW_TEMPERATURE_GRAIN, false),
						new Product(riceGtin, "大米" + suffix, "Rice " + suffix, "rice", "KGM", null, false)));
		batch = new BatchValidator(WorkspaceZone.clock()).validate(paddyGtin, lot, "水稻", BigDecimal.valueOf(1000),
				"KGM", harvested.toLocalDate(), "220581");
		store.importer().record(List.of(batch),
				StepEvents.harvest(harvested, paddy, BigDecimal.valueOf(1000), "KGM", field).build());
	}

	/** Another lot of paddy harvested on the cooperative's field at the same time; its Digital Link. */
	String harvestAnother(TraceStore store, String lotNumber) {
		ProductBatch another = new BatchValidator(WorkspaceZone.clock()).validate(paddyGtin, lotNumber, "水稻", BigDecimal.valueOf(1000),
				"KGM", harvested.toLocalDate(), "220581");
		store.importer().record(List.of(another),
				StepEvents.harvest(harvested, another.code(), BigDecimal.valueOf(1000), "KGM", field).build());
		return another.code();
	}

	/** The cooperative ships the whole lot to the mill a day after the harvest. */
	EpcisEvent ship(TraceStore store) {
		return ship(store, harvested.plusDays(1));
	}

	/** The cooperative ships the whole lot to the mill at this time, in whatever offset it carries. */
	EpcisEvent ship(TraceStore store, OffsetDateTime at) {
		EpcisEvent shipped = StepEvents.shipping(at, paddy, BigDecimal.valueOf(1000), "KGM", toMill).build();
		store.importer().record(shipped);
		return shipped;
	}

	/** The mill receives the whole shipment five hours later. */
	void receive(TraceStore store) {
		store.importer().record(StepEvents.receiving(harvested.plusDays(1).plusHours(5), paddy,
				BigDecimal.valueOf(1000), "KGM", toMill).build());
	}
}
