package io.agritrace.core.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** Builds {@link ProductBatch}es from raw input, rejecting what breaks a rule. */
public final class BatchValidator {

	public static final String FIELD_GTIN = "gtin"; //$NON-NLS-1$
	public static final String FIELD_LOT = "lot"; //$NON-NLS-1$
	public static final String FIELD_PRODUCT = "productName"; //$NON-NLS-1$
	public static final String FIELD_QUANTITY = "quantity"; //$NON-NLS-1$
	public static final String FIELD_UNIT = "unit"; //$NON-NLS-1$
	public static final String FIELD_HARVEST_DATE = "harvestDate"; //$NON-NLS-1$
	public static final String FIELD_ORIGIN = "originDivision"; //$NON-NLS-1$

	/** GS1 AI (10): up to 20 characters of GS1 AI encodable character set 82. */
	private static final String LOT_PATTERN = "[!%-?A-Z_a-z\"]{1,20}"; //$NON-NLS-1$
	/** GB/T 2260: six digits, province 22 is Jilin but any province is accepted. */
	private static final String DIVISION_PATTERN = "[1-8]\\d{5}"; //$NON-NLS-1$
	/** UN/ECE Rec. 20 units that agricultural batches are counted in. */
	private static final Set<String> UNITS = Set.of("KGM", "TNE", "GRM", "LTR", "H87"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final Clock clock;

	public BatchValidator(Clock clock) {
		this.clock = clock;
	}

	/** @throws ValidationException naming the first field that breaks a rule */
	public ProductBatch validate(String gtin, String lot, String productName, BigDecimal quantity, String unit,
			LocalDate harvestDate, String originDivision) {
		Gtin parsedGtin = Gtin.parse(FIELD_GTIN, gtin);
		String lotValue = require(FIELD_LOT, lot);
		if (!lotValue.matches(LOT_PATTERN)) {
			throw new ValidationException(FIELD_LOT, lotValue, NLS.bind(Messages.Batch_badLot, FIELD_LOT, lotValue));
		}
		String name = require(FIELD_PRODUCT, productName);
		if (quantity == null || quantity.signum() <= 0) {
			throw new ValidationException(FIELD_QUANTITY, String.valueOf(quantity),
					NLS.bind(Messages.Batch_quantityNotPositive, FIELD_QUANTITY, quantity));
		}
		String unitValue = require(FIELD_UNIT, unit);
		if (!UNITS.contains(unitValue)) {
			throw new ValidationException(FIELD_UNIT, unitValue,
					NLS.bind(Messages.Batch_unknownUnit, new Object[] { FIELD_UNIT, unitValue, UNITS }));
		}
		if (harvestDate == null || harvestDate.isAfter(LocalDate.now(clock))) {
			throw new ValidationException(FIELD_HARVEST_DATE, String.valueOf(harvestDate),
					NLS.bind(Messages.Batch_harvestInFuture, FIELD_HARVEST_DATE, harvestDate));
		}
		String division = require(FIELD_ORIGIN, originDivision);
		if (!division.matches(DIVISION_PATTERN)) {
			throw new ValidationException(FIELD_ORIGIN, division,
					NLS.bind(Messages.Batch_badDivision, FIELD_ORIGIN, division));
		}
		if (division.startsWith(Divisions.JILIN_PREFIX) && Divisions.find(division).isEmpty()) {
			throw new ValidationException(FIELD_ORIGIN, division,
					NLS.bind(Messages.Batch_unknownJilinDivision, FIELD_ORIGIN, division));
		}
		return new ProductBatch(parsedGtin, lotValue, name, quantity, unitValue, harvestDate, division, Set.of());
	}

	private static String require(String field, String value) {
		String v = value == null ? "" : value.trim(); //$NON-NLS-1$
		if (v.isEmpty()) {
			throw new ValidationException(field, v, NLS.bind(Messages.Batch_required, field));
		}
		return v;
	}
}
