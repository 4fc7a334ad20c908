package io.agritrace.tests.harness;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Gln;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.store.TraceStore;

/**
 * The tests' small supply chain: a Meihekou cooperative that harvests
 * 1,000 kg of paddy and a Jilin city mill it ships to.
 */
public final class CoopToMill {

	public static final String COOP = Gln.partyUri("6901234000017");
	public static final String MILL = Gln.partyUri("6901234000024");
	public static final String FIELD = Gln.locationUri("6901234100014");
	public static final String MILL_SITE = Gln.locationUri("6901234100021");
	public static final String PADDY = Identifiers.lot("06901234000016", "MH-1");
	public static final String RICE = Identifiers.lot("06901234000023", "MR-1");
	/** When the paddy is harvested. */
	public static final OffsetDateTime T = OffsetDateTime.parse("2026-10-01T08:00:00+08:00");
	public static final StepEvents.Handover TO_MILL = new StepEvents.Handover(COOP, FIELD, MILL, MILL_SITE);

	private CoopToMill() {
	}

	/** Registers the two parties, their sites, paddy and rice, and records the harvest. */
	public static EpcisEvent harvestIn(TraceStore store) {
		store.masterData().register(
				List.of(new Party(COOP, null, null, "水道合作社", "Shuidao Cooperative", "cooperative", "220581", null, false),
						new Party(MILL, null, null, "吉林米业", "Jilin Rice Mill", "processor", "220202", null, false)),
				List.of(new Location(FIELD, "220581", "稻田", "Paddy field", null, null, COOP, false),
						new Location(MILL_SITE, "220202", "米厂", "Mill", null, null, MILL, false)),
				List.of(new Product("06901234000016", "水稻", "Paddy, japonica", "grain", "KGM", null, false),
						new Product("06901234000023", "大米", "Rice", "rice", "KGM", null, false)));
		EpcisEvent harvest = StepEvents.harvest(T, PADDY, BigDecimal.valueOf(1000), "KGM", FIELD)
				.recordedAfter(Duration.ofMinutes(30)).build();
		store.importer().record(harvest);
		return harvest;
	}

	/** The whole lot shipped to the mill a day after the harvest. */
	public static EpcisEvent shipping() {
		return StepEvents.shipping(T.plusDays(1), PADDY, BigDecimal.valueOf(1000), "KGM", TO_MILL).build();
	}
}
