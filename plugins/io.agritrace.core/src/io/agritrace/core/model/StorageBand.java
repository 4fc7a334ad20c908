package io.agritrace.core.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The temperature a product must be kept at, where one applies
 * (docs/reference/jilin/supply_chains.md): grain in low-temperature storage at
 * 15 °C or below, fresh roots and antler cool at 0 to 5 °C, chilled meat at 0
 * to 4 °C, frozen goods at −18 °C or below.
 */
public enum StorageBand {
	LOW_TEMPERATURE_GRAIN(null, 15), COOL(0, 5), CHILLED(0, 4), FROZEN(null, -18);

	private final BigDecimal min;
	private final BigDecimal max;

	StorageBand(Integer min, Integer max) {
		this.min = min == null ? null : BigDecimal.valueOf(min);
		this.max = BigDecimal.valueOf(max);
	}

	/** The code stored and exchanged: low_temperature_grain, cool, chilled, frozen. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The lowest temperature allowed in °C, or null when there is none. */
	public BigDecimal min() {
		return min;
	}

	/** The highest temperature allowed in °C. */
	public BigDecimal max() {
		return max;
	}

	/** Whether a temperature in °C keeps to the band. */
	public boolean allows(BigDecimal celsius) {
		return (min == null || celsius.compareTo(min) >= 0) && celsius.compareTo(max) <= 0;
	}

	/** The name with its range in the language asked for, e.g. 冷鲜（0 至 4 °C） or Chilled (0 to 4 °C). */
	public String label(Locale language) {
		String name = (switch (this) {
		case LOW_TEMPERATURE_GRAIN -> Texts.StorageBand_lowTemperatureGrain;
		case COOL -> Texts.StorageBand_cool;
		case CHILLED -> Texts.StorageBand_chilled;
		case FROZEN -> Texts.StorageBand_frozen;
		}).text(language);
		return min == null ? Texts.StorageBand_atMost.text(language, name, max)
				: Texts.StorageBand_between.text(language, name, min, max);
	}

	/**
	 * The band of a stored or typed code; null for none.
	 *
	 * @throws ValidationException naming {@code label} for an unknown code
	 */
	public static StorageBand of(String field, String label, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (StorageBand band : values()) {
			if (band.code().equals(code.strip())) {
				return band;
			}
		}
		String known = Arrays.stream(values()).map(StorageBand::code).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new ValidationException(field, code, Texts.StorageBand_unknown.with(label, code, known));
	}
}
