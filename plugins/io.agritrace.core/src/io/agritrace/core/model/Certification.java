package io.agritrace.core.model;

import java.util.Locale;

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

	/** The name in the language asked for, e.g. 绿色食品 or Green Food. */
	public String label(Locale language) {
		return (switch (this) {
		case GREEN_FOOD -> Texts.Certification_greenFood;
		case ORGANIC -> Texts.Certification_organic;
		case GEOGRAPHICAL_INDICATION -> Texts.Certification_gi;
		}).text(language);
	}

	/** @throws ValidationException for an unknown code */
	public static Certification of(String field, String code) {
		for (Certification c : values()) {
			if (c.code.equals(code.strip())) {
				return c;
			}
		}
		throw new ValidationException(field, code, Texts.Certification_unknown.with(field, code));
	}
}
