package io.agritrace.core.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.CustodyEvent;
import io.agritrace.core.model.ProductBatch;

/**
 * A small Jilin data set for a first look at an empty workspace: rice from a
 * Meihekou cooperative and ginseng from Fusong, each with its custody events
 * from harvest to shop. Dates are relative to the clock so the data is recent.
 * The full scenario generator comes with the core issue.
 */
public final class DemoDataSet {

	/** China Standard Time, the offset every Jilin party records in. */
	public static final ZoneOffset CST = ZoneOffset.ofHours(8);

	private static final String MEIHEKOU = "220581"; //$NON-NLS-1$
	private static final String FUSONG = "220621"; //$NON-NLS-1$
	private static final String JILIN_CHANGYI = "220202"; //$NON-NLS-1$
	private static final String CHANGCHUN_CHAOYANG = "220104"; //$NON-NLS-1$

	private final List<ProductBatch> batches = new ArrayList<>();
	private final List<CustodyEvent> events = new ArrayList<>();

	public DemoDataSet(Clock clock) {
		BatchValidator validator = new BatchValidator(clock);
		LocalDate today = LocalDate.now(clock);
		// GTINs under GS1 China's 69 prefix; the check digits are real.
		add(validator.validate("06901234000016", "MHK-2026-001", "梅河大米 Meihe rice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new BigDecimal("12000"), "KGM", today.minusDays(20), MEIHEKOU), //$NON-NLS-1$ //$NON-NLS-2$
				new String[] { "harvesting", "drying", "shipping", "receiving", "milling", "shipping", "retail_selling" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				new String[] { MEIHEKOU, MEIHEKOU, MEIHEKOU, JILIN_CHANGYI, JILIN_CHANGYI, JILIN_CHANGYI,
						CHANGCHUN_CHAOYANG });
		add(validator.validate("06901234000023", "MHK-2026-002", "梅河大米 Meihe rice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new BigDecimal("8500"), "KGM", today.minusDays(12), MEIHEKOU), //$NON-NLS-1$ //$NON-NLS-2$
				new String[] { "harvesting", "drying", "storing" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new String[] { MEIHEKOU, MEIHEKOU, MEIHEKOU });
		add(validator.validate("06901234000030", "FS-GS-2026-07", "抚松人参 Fusong ginseng", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new BigDecimal("640"), "KGM", today.minusDays(16), FUSONG), //$NON-NLS-1$ //$NON-NLS-2$
				new String[] { "harvesting", "inspecting", "drying", "packing", "shipping" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				new String[] { FUSONG, FUSONG, FUSONG, FUSONG, FUSONG });
	}

	private void add(ProductBatch batch, String[] steps, String[] locations) {
		batches.add(batch);
		for (int i = 0; i < steps.length; i++) {
			// Two steps on most days: a busy batch, as on a real chain.
			LocalDate day = batch.harvestDate().plusDays(i - i / 2);
			events.add(new CustodyEvent(batch.code(), day.atTime(LocalTime.of(8 + i, 30)).toInstant(CST), CST,
					steps[i], locations[i]));
		}
	}

	public List<ProductBatch> batches() {
		return List.copyOf(batches);
	}

	public List<CustodyEvent> events() {
		return List.copyOf(events);
	}
}
