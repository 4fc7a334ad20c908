package io.agritrace.core.model;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * Builds parties, locations and products from raw input, rejecting what breaks
 * a rule: the one check behind the CLI, the CSV import and the workbench's
 * registration wizards. Errors carry the field key ({@code FIELD_*}); their
 * text names the field by the label the caller gives for that key.
 */
public final class MasterDataValidator {

	public static final String FIELD_USCC = "uscc"; //$NON-NLS-1$
	public static final String FIELD_GLN = "gln"; //$NON-NLS-1$
	public static final String FIELD_NAME_ZH = "name_zh"; //$NON-NLS-1$
	public static final String FIELD_NAME_EN = "name_en"; //$NON-NLS-1$
	public static final String FIELD_ROLE = "role"; //$NON-NLS-1$
	public static final String FIELD_COUNTY = "county"; //$NON-NLS-1$
	public static final String FIELD_CONTACT = "contact"; //$NON-NLS-1$
	public static final String FIELD_DIVISION = "division"; //$NON-NLS-1$
	public static final String FIELD_OPERATOR = "operator"; //$NON-NLS-1$
	public static final String FIELD_LATITUDE = "lat"; //$NON-NLS-1$
	public static final String FIELD_LONGITUDE = "lon"; //$NON-NLS-1$
	public static final String FIELD_GTIN = "gtin"; //$NON-NLS-1$
	public static final String FIELD_CATEGORY = "category"; //$NON-NLS-1$
	public static final String FIELD_UNIT = "unit"; //$NON-NLS-1$
	public static final String FIELD_STORAGE_BAND = "storage_band"; //$NON-NLS-1$

	private static final String PARTY_URN = "urn:agritrace:party:"; //$NON-NLS-1$
	private static final String TELEPHONE_PATTERN = "\\+?[\\d ()-]{7,20}"; //$NON-NLS-1$

	private final FieldRules rules;

	/** Errors name fields by their keys. */
	public MasterDataValidator() {
		this(UnaryOperator.identity());
	}

	/** Errors name fields by {@code labels.apply(key)}. */
	public MasterDataValidator(UnaryOperator<String> labels) {
		rules = new FieldRules(labels);
	}

	/**
	 * A party with a checked USCC and, when given, GLN; events name it by its
	 * GLN's Digital Link, or by its USCC when it has no GLN.
	 *
	 * @param gln    13 digits, or blank
	 * @param county  GB/T 2260 code, or blank
	 * @param contact a telephone number, or blank
	 */
	public Party party(String uscc, String gln, String nameZh, String nameEn, String role, String county,
			String contact) {
		String code = Uscc.validate(FIELD_USCC, rules.label(FIELD_USCC), uscc);
		String glnValue = FieldRules.optional(gln) == null ? null : Gln.validate(FIELD_GLN, rules.label(FIELD_GLN), gln);
		String name = rules.require(FIELD_NAME_ZH, nameZh);
		PartyRole partyRole = PartyRole.of(FIELD_ROLE, rules.label(FIELD_ROLE), rules.require(FIELD_ROLE, role));
		String division = FieldRules.optional(county) == null ? null : rules.division(FIELD_COUNTY, county);
		String uri = glnValue != null ? Gln.partyUri(glnValue) : PARTY_URN + code;
		return new Party(uri, code, glnValue, name, FieldRules.optional(nameEn), partyRole.code(), division,
				telephone(contact), false);
	}

	/** A telephone number as people write it: 7 to 20 digits, spaces, "+", "-" or parentheses; null when blank. */
	private String telephone(String value) {
		String v = FieldRules.optional(value);
		if (v != null && !v.matches(TELEPHONE_PATTERN)) {
			throw new ValidationException(FIELD_CONTACT, v,
					Texts.Party_badContact.with(rules.label(FIELD_CONTACT), v));
		}
		return v;
	}

	/**
	 * A location named by its GLN's Digital Link.
	 *
	 * @param division  GB/T 2260 code, or blank
	 * @param latitude  WGS-84 degrees written with a point, or blank
	 * @param longitude WGS-84 degrees written with a point, or blank
	 * @param operator  the URI of the party that runs it (as {@link #party} names it), or blank
	 */
	public Location location(String gln, String division, String nameZh, String nameEn, String latitude,
			String longitude, String operator) {
		String glnValue = Gln.validate(FIELD_GLN, rules.label(FIELD_GLN), gln);
		String divisionValue = FieldRules.optional(division) == null ? null : rules.division(FIELD_DIVISION, division);
		String name = rules.require(FIELD_NAME_ZH, nameZh);
		Double lat = degrees(FIELD_LATITUDE, latitude, 90);
		Double lon = degrees(FIELD_LONGITUDE, longitude, 180);
		if ((lat == null) != (lon == null)) {
			String missing = lat == null ? FIELD_LATITUDE : FIELD_LONGITUDE;
			throw new ValidationException(missing, "", Texts.Location_halfCoordinates //$NON-NLS-1$
					.with(rules.label(FIELD_LATITUDE), rules.label(FIELD_LONGITUDE)));
		}
		return new Location(Gln.locationUri(glnValue), divisionValue, name, FieldRules.optional(nameEn), lat, lon,
				operator(operator), false);
	}

	/** A party named by its URI, its GLN (13 digits) or its USCC (18 characters), as {@link #party} names it; null when blank. */
	private String operator(String value) {
		String v = FieldRules.optional(value);
		if (v == null || v.contains(":")) {
			return v;
		}
		return v.length() == 13 ? Gln.partyUri(Gln.validate(FIELD_OPERATOR, rules.label(FIELD_OPERATOR), v))
				: PARTY_URN + Uscc.validate(FIELD_OPERATOR, rules.label(FIELD_OPERATOR), v);
	}

	/**
	 * A product of the catalogue, its GTIN checked and held as 14 digits.
	 *
	 * @param unit        one of {@link BatchValidator#UNITS}
	 * @param storageBand a {@link StorageBand} code, or blank where none applies
	 */
	public Product product(String gtin, String nameZh, String nameEn, String category, String unit, String storageBand) {
		String digits = Gtin.parse(FIELD_GTIN, rules.label(FIELD_GTIN), gtin).toString();
		String name = rules.require(FIELD_NAME_ZH, nameZh);
		String categoryValue = rules.require(FIELD_CATEGORY, category);
		String unitValue = rules.require(FIELD_UNIT, unit);
		if (!BatchValidator.UNITS.contains(unitValue)) {
			throw new ValidationException(FIELD_UNIT, unitValue,
					Texts.Batch_unknownUnit.with(rules.label(FIELD_UNIT), unitValue, BatchValidator.UNITS));
		}
		return new Product(digits, name, FieldRules.optional(nameEn), categoryValue, unitValue,
				StorageBand.of(FIELD_STORAGE_BAND, rules.label(FIELD_STORAGE_BAND), storageBand), false);
	}

	private Double degrees(String field, String value, int limit) {
		BigDecimal degrees = rules.decimal(field, value);
		if (degrees == null) {
			return null;
		}
		if (degrees.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
			throw new ValidationException(field, degrees.toPlainString(),
					Texts.Location_outOfRange.with(rules.label(field), degrees, limit));
		}
		return degrees.doubleValue();
	}
}
