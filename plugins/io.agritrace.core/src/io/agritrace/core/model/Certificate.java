package io.agritrace.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.agritrace.core.text.Localized;

/**
 * A label a batch carries and the certificate behind it: the certificate's
 * number and the days it is valid from and until. A label named without them
 * (an older CSV file, an imported batch) is claimed, not documented.
 *
 * @param label      green food, organic or geographical indication
 * @param number     the certificate's number, or null when only the label is claimed
 * @param validFrom  first day of validity, or null with the number
 * @param validUntil last day of validity, or null with the number
 */
public record Certificate(Certification label, String number, LocalDate validFrom, LocalDate validUntil) {

	/** Numbers as the certifying bodies print them, e.g. LB-18-1910123456A or AGI01234. */
	private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/-]{3,39}"); //$NON-NLS-1$
	/** Between certificates in one text: CSV cells and CLI options take several. */
	public static final String SEPARATOR = ";"; //$NON-NLS-1$
	private static final String PART = ":"; //$NON-NLS-1$

	/** A label named without its certificate. */
	public static Certificate claimed(Certification label) {
		return new Certificate(label, null, null, null);
	}

	/**
	 * A certificate with its number and validity, checked against the batch's harvest date.
	 *
	 * @param field the key of the field that holds the number, which errors carry
	 * @throws ValidationException for a missing or malformed number, or a validity that does not cover the harvest
	 */
	public static Certificate documented(Certification label, String number, LocalDate validFrom, LocalDate validUntil,
			LocalDate harvestDate, String field) {
		if (number == null || number.isBlank()) {
			throw new ValidationException(field, "", Texts.Batch_required.with(numberLabel(label))); //$NON-NLS-1$
		}
		String value = number.strip();
		if (!NUMBER.matcher(value).matches()) {
			throw new ValidationException(field, value, Texts.Certificate_badNumber.with(numberLabel(label), value));
		}
		if (validUntil.isBefore(validFrom)) {
			throw new ValidationException(field, value,
					Texts.Certificate_endsBeforeStart.with(name(label), value, validUntil, validFrom));
		}
		if (harvestDate != null && (harvestDate.isBefore(validFrom) || harvestDate.isAfter(validUntil))) {
			throw new ValidationException(field, value,
					Texts.Certificate_notCovering.with(name(label), value, validFrom, validUntil, harvestDate));
		}
		return new Certificate(label, value, validFrom, validUntil);
	}

	/** How forms and errors name the field of a label's certificate number, e.g. "Green Food certificate number". */
	public static String numberLabel(Certification label, Locale language) {
		return Texts.Certificate_number.text(language, label.label(language));
	}

	/** {@link #numberLabel(Certification, Locale)} in whatever language an error is read. */
	private static Localized numberLabel(Certification label) {
		return language -> numberLabel(label, language);
	}

	/** The label's name in whatever language an error is read. */
	private static Localized name(Certification label) {
		return label::label;
	}

	public boolean isDocumented() {
		return number != null;
	}

	/** True when the certificate is documented and its validity ended before the day. */
	public boolean expiredOn(LocalDate day) {
		return isDocumented() && validUntil.isBefore(day);
	}

	/** {@code label} or {@code label:number:from:until}, as CSV files, the CLI and the store write it. */
	public String code() {
		return isDocumented() ? String.join(PART, label.code(), number, validFrom.toString(), validUntil.toString())
				: label.code();
	}

	/** The label, and the number and validity where known, in the language asked for. */
	public String describe(Locale language) {
		return isDocumented()
				? Texts.Certificate_described.text(language, label.label(language), number, validFrom, validUntil)
				: label.label(language);
	}

	/**
	 * Certificates as {@link #code()}s separated by {@value #SEPARATOR} (or ","),
	 * each checked against the harvest date.
	 *
	 * @throws ValidationException naming {@code field} for a malformed, duplicate or invalid one
	 */
	public static List<Certificate> parseAll(String field, String text, LocalDate harvestDate) {
		List<Certificate> certificates = new ArrayList<>();
		Set<Certification> seen = EnumSet.noneOf(Certification.class);
		if (text == null || text.isBlank()) {
			return certificates;
		}
		for (String item : text.split("[;,]")) { //$NON-NLS-1$
			if (item.isBlank()) {
				continue;
			}
			Certificate certificate = parse(field, item.strip(), harvestDate);
			if (!seen.add(certificate.label())) {
				throw new ValidationException(field, item, Texts.Certificate_twice.with(field, certificate.label().code()));
			}
			certificates.add(certificate);
		}
		return certificates;
	}

	private static Certificate parse(String field, String item, LocalDate harvestDate) {
		String[] parts = item.split(PART, -1);
		Certification label = Certification.of(field, parts[0]);
		if (parts.length == 1) {
			return claimed(label);
		}
		if (parts.length != 4) {
			throw new ValidationException(field, item, Texts.Certificate_badFormat.with(field, item));
		}
		try {
			return documented(label, parts[1], LocalDate.parse(parts[2]), LocalDate.parse(parts[3]), harvestDate, field);
		} catch (DateTimeParseException e) {
			throw new ValidationException(field, item, Texts.Certificate_badFormat.with(field, item));
		}
	}
}
