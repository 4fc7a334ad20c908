package io.agritrace.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A lot of one product: GTIN + lot number, as EPCIS identifies it by class-level
 * identification. Construct through {@link BatchValidator#validate}, which checks
 * every field.
 *
 * @param gtin          the product's trade item number
 * @param lot           the lot number (GS1 AI 10)
 * @param productName   human name of the product, e.g. "梅河口大米"
 * @param quantity      amount in {@code unit}
 * @param unit          UN/ECE Recommendation 20 code, e.g. KGM
 * @param harvestDate   date of harvest or production
 * @param originDivision GB/T 2260 code of the county of origin
 * @param producer       the party URI of the organisation that produced it, or null when not known
 * @param certificates   the labels it carries (green food, organic, geographical indication), one
 *                       certificate each, in the labels' order
 */
public record ProductBatch(Gtin gtin, String lot, String productName, BigDecimal quantity, String unit,
		LocalDate harvestDate, String originDivision, String producer, List<Certificate> certificates) {

	/** Quantities are held without trailing zeros, so 12000 and 12000.000 are one value. */
	public ProductBatch {
		quantity = quantity.stripTrailingZeros();
		if (quantity.scale() < 0) {
			quantity = quantity.setScale(0);
		}
		certificates = certificates.stream().sorted(Comparator.comparing(Certificate::label)).toList();
	}

	/** The same batch with these certificates. */
	public ProductBatch withCertificates(List<Certificate> labels) {
		return new ProductBatch(gtin, lot, productName, quantity, unit, harvestDate, originDivision, producer, labels);
	}

	/** The same batch, produced by the party with this URI (null: not known). */
	public ProductBatch withProducer(String party) {
		return new ProductBatch(gtin, lot, productName, quantity, unit, harvestDate, originDivision, party, certificates);
	}

	/** The labels the batch carries. */
	public Set<Certification> certifications() {
		Set<Certification> labels = EnumSet.noneOf(Certification.class);
		certificates.forEach(c -> labels.add(c.label()));
		return Collections.unmodifiableSet(labels);
	}

	private static final String DIGITAL_LINK = "https://id.gs1.org/01/%s/10/%s"; //$NON-NLS-1$

	/** The batch's GS1 Digital Link URI, its canonical code in AgriTrace. */
	public String code() {
		return codeOf(gtin.toString(), lot);
	}

	/** The code of the batch with this GTIN-14 and lot. */
	public static String codeOf(String gtin14, String lot) {
		return String.format(DIGITAL_LINK, gtin14, lot);
	}

	/** The short code printed on the batch's labels (追溯码). */
	public String traceCode() {
		return TraceCode.of(code());
	}
}
