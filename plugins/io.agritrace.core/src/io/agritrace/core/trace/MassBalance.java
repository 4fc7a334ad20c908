package io.agritrace.core.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.EventType;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.TypicalYield;
import io.agritrace.core.rules.CustodyRules;

/**
 * One transformation's inputs against its outputs, in kg, with its yield and
 * the yield typical of its kind where one is known.
 *
 * @param inputKg  the inputs' mass, or null when one is counted in another unit (head of cattle)
 * @param outputKg the outputs' mass, or null likewise
 * @param typical  the typical yield of this step for the output's kind of product, or null
 */
public record MassBalance(EventHashId event, Instant time, String bizStep, String location, List<QuantityElement> inputs,
		List<QuantityElement> outputs, BigDecimal inputKg, BigDecimal outputKg, TypicalYield typical) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Outputs as a share of inputs in percent, to one decimal; empty where either is not a mass. */
	public Optional<BigDecimal> yieldPercent() {
		if (inputKg == null || outputKg == null || inputKg.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(outputKg.multiply(HUNDRED).divide(inputKg, 1, RoundingMode.HALF_UP));
	}

	/** True when the yield is known, a typical range is too, and the yield is outside it. */
	public boolean implausible() {
		return typical != null && yieldPercent().map(y -> !typical.typical(y)).orElse(false);
	}

	/**
	 * Every transformation of the trace that is not declared erroneous, oldest first.
	 *
	 * @param categoryOf an identifier's product category (rice, ginseng, ...), or null when unknown
	 */
	public static List<MassBalance> of(Trace trace, Function<String, String> categoryOf) {
		List<MassBalance> balances = new ArrayList<>();
		for (EpcisEvent e : trace.all().events()) {
			if (e.type() == EventType.TransformationEvent && !trace.corrected().containsKey(e.hashId())) {
				balances.add(of(e, categoryOf));
			}
		}
		return balances;
	}

	/** One transformation's balance; {@code categoryOf} as for {@link #of(Trace, Function)}. */
	public static MassBalance of(EpcisEvent e, Function<String, String> categoryOf) {
		TypicalYield typical = e.outputQuantities().stream().map(q -> categoryOf.apply(q.epcClass()))
				.filter(c -> c != null).findFirst().flatMap(c -> TypicalYield.of(e.bizStep(), c)).orElse(null);
		return new MassBalance(e.hashId(), e.eventTime(), e.bizStep(),
				e.bizLocation() != null ? e.bizLocation() : e.readPoint(), e.inputQuantities(), e.outputQuantities(),
				CustodyRules.kilograms(e.inputQuantities()), CustodyRules.kilograms(e.outputQuantities()), typical);
	}
}
