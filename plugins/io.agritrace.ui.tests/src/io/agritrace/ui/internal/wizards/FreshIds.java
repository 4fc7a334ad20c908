package io.agritrace.ui.internal.wizards;

import java.util.Random;

import io.agritrace.core.model.Gs1CheckDigit;
import io.agritrace.core.model.Uscc;

/**
 * Random identifiers with valid check characters, so that tests sharing a
 * workspace never meet each other's records; each test class its own company prefix.
 */
final class FreshIds {

	private final Random random = new Random();
	private final String prefix;

	/** @param prefix six digits of a GS1 company prefix, e.g. "690999" */
	FreshIds(String prefix) {
		this.prefix = prefix;
	}

	String digits(int n) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < n; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	String gtin() {
		return Gs1CheckDigit.append("0" + prefix + digits(6));
	}

	String gln() {
		return Gs1CheckDigit.append(prefix + digits(6));
	}

	/** A USCC of a farmers' cooperative registered in Meihekou. */
	String uscc() {
		String first17 = "9322058" + digits(10);
		return first17 + Uscc.checkCharacter(first17);
	}
}
