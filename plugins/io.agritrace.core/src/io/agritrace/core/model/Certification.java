package io.agritrace.core.model;

import org.eclipse.osgi.util.NLS;

/** Quality and origin labels a batch may carry. */
public enum Certification {
	/** 绿色食品, China Green Food Development Center. */
	GREEN_FOOD("green_food"), //$NON-NLS-1$
	/** 有机产品, GB/T 19630. */
	ORGANIC("organic"), //$NON-NLS-1$
	/** 地理标志 (any of the three GI systems), only where the producer is authorised. */
	GEOGRAPHICAL_INDICATION("gi"); //$NON-NLS-1$

	private final String code;

	Certification(String code) {
		this.code = code;
	}

	/** The short code used in CSV files and the database. */
	public String code() {
		return code;
	}

	/** The localised name, e.g. 绿色食品 or Green Food. */
	public String label() {
		return switch (this) {
		case GREEN_FOOD -> Messages.Certification_greenFood;
		case ORGANIC -> Messages.Certification_organic;
		case GEOGRAPHICAL_INDICATION -> Messages.Certification_gi;
		};
	}

	/** @throws ValidationException for an unknown code */
	public static Certification of(String field, String code) {
		for (Certification c : values()) {
			if (c.code.equals(code.strip())) {
				return c;
			}
		}
		throw new ValidationException(field, code, NLS.bind(Messages.Certification_unknown, field, code));
	}
}
