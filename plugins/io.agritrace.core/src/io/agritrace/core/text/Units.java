package io.agritrace.core.text;

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
