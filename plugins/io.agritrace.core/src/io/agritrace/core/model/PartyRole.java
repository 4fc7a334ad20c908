package io.agritrace.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a party does in the supply chain; {@link Party#role()} holds its code. */
public enum PartyRole {
	FARM, COOPERATIVE, PROCESSOR, CARRIER, COLD_STORE, RETAILER, INSPECTOR, REGULATOR;

	/** The code stored and exchanged: farm, cold_store, ... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name in the language asked for, e.g. 合作社 or Cooperative. */
	public String label(Locale language) {
		Texts name = switch (this) {
		case FARM -> Texts.Role_farm;
		case COOPERATIVE -> Texts.Role_cooperative;
		case PROCESSOR -> Texts.Role_processor;
		case CARRIER -> Texts.Role_carrier;
		case COLD_STORE -> Texts.Role_coldStore;
		case RETAILER -> Texts.Role_retailer;
		case INSPECTOR -> Texts.Role_inspector;
		case REGULATOR -> Texts.Role_regulator;
		};
		return name.text(language);
	}

	/** The name of a stored code in the language asked for; the code itself when it names no role. */
	public static String labelOf(String code, Locale language) {
		return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst().map(r -> r.label(language))
				.orElse(code);
	}

	/** @throws ValidationException naming {@code label} for an unknown code */
	static PartyRole of(String field, String label, String code) {
		for (PartyRole role : values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		String known = Arrays.stream(values()).map(PartyRole::code).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new ValidationException(field, code, Texts.Role_unknown.with(label, code, known));
	}
}
