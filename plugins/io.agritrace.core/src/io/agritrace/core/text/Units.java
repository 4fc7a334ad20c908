package io.agritrace.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The names of the UN/ECE units (Recommendation 20) lots are counted and sensors read in, in
 * {@code messages.properties} and {@code messages_zh.properties} beside this
 * enum: 千克 and kg for KGM. A quantity's unit in a text is its name, never its code.
 */
public enum Units implements MessageKey {
	Unit_CEL,
	Unit_FAR,
	Unit_GRM,
	Unit_H87,
	Unit_KEL,
	Unit_KGM,
	Unit_LTR,
	Unit_P1,
	Unit_TNE,
	/** A unit with no name here: its code, as it is. */
	Unit_other;

	/**
	 * The code of a unit as a person types it: its code in any case (kgm), or
	 * its name in either language (kg, 千克).
	 */
	public static Optional<String> code(String typed) {
		String wanted = typed.strip();
		for (Units unit : values()) {
			String code = unit.name().substring("Unit_".length()); //$NON-NLS-1$
			if (unit != Unit_other && (code.equalsIgnoreCase(wanted) || unit.text(Locale.ENGLISH).equalsIgnoreCase(wanted)
					|| unit.text(Locale.SIMPLIFIED_CHINESE).equals(wanted))) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	/** The unit's name, rendered in its reader's language (also as an argument of a message). */
	public static Message of(String code) {
		for (Units unit : values()) {
			if (unit != Unit_other && unit.name().equals("Unit_" + code)) { //$NON-NLS-1$
				return unit.with();
			}
		}
		return Unit_other.with(String.valueOf(code));
	}
}
