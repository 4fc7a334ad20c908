package io.agritrace.core.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds {@link ProductBatch}es from raw input, rejecting what breaks a rule.
 * Errors carry the field key ({@code FIELD_*}); their text names the field by
 * the label the caller gives for that key.
 */
public final class BatchValidator {

	public static final String FIELD_GTIN = "gtin"; //$NON-NLS-1$
	public static final String FIELD_LOT = "lot"; //$NON-NLS-1$
	public static final String FIELD_PRODUCT = "productName"; //$NON-NLS-1$
	public static final String FIELD_QUANTITY = "quantity"; //$NON-NLS-1$
	public static final String FIELD_UNIT = "unit"; //$NON-NLS-1$
	public static final String FIELD_HARVEST_DATE = "harvestDate"; //$NON-NLS-1$
	public static final String FIELD_ORIGIN = "originDivision"; //$NON-NLS-1$
	public static final String FIELD_PRODUCER = "producer"; //$NON-NLS-1$

	/** GS1 AI (10): up to 20 characters of GS1 AI encodable character set 82. */
	private static final String LOT_PATTERN = "[!%-?A-Z_a-z\"]{1,20}"; //$NON-NLS-1$
	/** UN/ECE Rec. 20 units that agricultural batches are counted in, the usual first. */
	public static final List<String> UNITS = List.of("KGM", "TNE", "GRM", "LTR", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"H87"); //$NON-NLS-1$

	private final Clock clock;
	private final FieldRules rules;

	/** Errors name fields by their keys. */
	public BatchValidator(Clock clock) {
		this(clock, UnaryOperator.identity());
	}

	/** Errors name fields by {@code labels.apply(key)}. */
	public BatchValidator(Clock clock, UnaryOperator<String> labels) {
		this.clock = clock;
		this.rules = new FieldRules(labels);
	}

	/** @throws ValidationException naming the first field that breaks a rule */
	public ProductBatch validate(String gtin, String lot, String productName, BigDecimal quantity, String unit,
			LocalDate harvestDate, String originDivision) {
		Gtin parsedGtin = Gtin.parse(FIELD_GTIN, rules.label(FIELD_GTIN), gtin);
		String lotValue = lot(lot);
		String name = rules.require(FIELD_PRODUCT, productName);
		if (quantity == null || quantity.signum() <= 0) {
			throw new ValidationException(FIELD_QUANTITY, String.valueOf(quantity),
					Texts.Batch_quantityNotPositive.with(rules.label(FIELD_QUANTITY), quantity));
		}
		String unitValue = rules.require(FIELD_UNIT, unit);
		if (!UNITS.contains(unitValue)) {
			throw new ValidationException(FIELD_UNIT, unitValue,
					Texts.Batch_unknownUnit.with(rules.label(FIELD_UNIT), unitValue, UNITS));
		}
		if (harvestDate == null || harvestDate.isAfter(LocalDate.now(clock))) {
			throw new ValidationException(FIELD_HARVEST_DATE, String.valueOf(harvestDate),
					Texts.Batch_harvestInFuture.with(rules.label(FIELD_HARVEST_DATE), harvestDate));
		}
		String division = rules.division(FIELD_ORIGIN, originDivision);
		return new ProductBatch(parsedGtin, lotValue, name, quantity, unitValue, harvestDate, division, null, List.of());
	}

	/**
	 * A quantity as typed, e.g. 12000 or 12.5.
	 *
	 * @throws ValidationException when it is not a number greater than zero
	 */
	public BigDecimal quantity(String text) {
		return quantity(FIELD_QUANTITY, text);
	}

	/** A quantity typed into the field with this key, one of several on a form. */
	public BigDecimal quantity(String field, String text) {
		BigDecimal quantity = rules.decimal(field, rules.require(field, text));
		if (quantity.signum() <= 0) {
			throw new ValidationException(field, text.strip(),
					Texts.Batch_quantityNotPositive.with(rules.label(field), text.strip()));
		}
		return quantity;
	}

	/**
	 * The producing organisation's party URI from its GLN; null when none is given.
	 *
	 * @throws ValidationException when the GLN is malformed or its check digit wrong
	 */
	public String producer(String gln) {
		return gln == null || gln.isBlank() ? null
				: Gln.partyUri(Gln.validate(FIELD_PRODUCER, rules.label(FIELD_PRODUCER), gln.strip()));
	}

	/**
	 * A date written like 2026-10-01, as a command line gives the harvest date.
	 *
	 * @throws ValidationException when it is blank or no such date
	 */
	public LocalDate date(String field, String text) {
		String value = rules.require(field, text);
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new ValidationException(field, value, Texts.Batch_notDate.with(rules.label(field), value));
		}
	}

	/** @throws ValidationException when the lot is no GS1 lot number */
	public String lot(String lot) {
		String lotValue = rules.require(FIELD_LOT, lot);
		if (!lotValue.matches(LOT_PATTERN)) {
			throw new ValidationException(FIELD_LOT, lotValue,
					Texts.Batch_badLot.with(rules.label(FIELD_LOT), lotValue));
		}
		return lotValue;
	}
}
