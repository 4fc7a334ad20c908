package io.agritrace.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

/** What a party does in the supply chain; {@link Party#role()} holds its code. */
public enum PartyRole {
	FARM, COOPERATIVE, PROCESSOR, CARRIER, COLD_STORE, RETAILER, INSPECTOR, REGULATOR;

	/** The code stored and exchanged: farm, cold_store, ... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The localised name, e.g. 合作社 or Cooperative. */
	public String label() {
		return switch (this) {
		case FARM -> Messages.Role_farm;
		case COOPERATIVE -> Messages.Role_cooperative;
		case PROCESSOR -> Messages.Role_processor;
		case CARRIER -> Messages.Role_carrier;
		case COLD_STORE -> Messages.Role_coldStore;
		case RETAILER -> Messages.Role_retailer;
		case INSPECTOR -> Messages.Role_inspector;
		case REGULATOR -> Messages.Role_regulator;
		};
	}

	/** The localised name of a stored code; the code itself when it names no role. */
	public static String labelOf(String code) {
		return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst().map(PartyRole::label).orElse(code);
	}

	/** @throws ValidationException naming {@code label} for an unknown code */
	static PartyRole of(String field, String label, String code) {
		for (PartyRole role : values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		String known = Arrays.stream(values()).map(PartyRole::code).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new ValidationException(field, code, NLS.bind(Messages.Role_unknown, new Object[] { label, code, known }));
	}
}
