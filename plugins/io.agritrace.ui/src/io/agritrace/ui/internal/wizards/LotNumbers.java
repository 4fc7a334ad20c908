package io.agritrace.ui.internal.wizards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import io.agritrace.core.model.ProductBatch;

/** The lot numbers the wizards propose: the day and the first free number, e.g. 20261001-2. */
final class LotNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd"); //$NON-NLS-1$

	private LotNumbers() {
	}

	/** @param taken the Digital Links of the registered batches */
	static String firstFree(String gtin, LocalDate day, Set<String> taken) {
		String prefix = day.format(DAY) + '-';
		int n = 1;
		while (taken.contains(ProductBatch.codeOf(gtin, prefix + n))) {
			n++;
		}
		return prefix + n;
	}
}
