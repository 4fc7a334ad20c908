package io.agritrace.core.trace;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.model.Product;
import io.agritrace.core.text.Localized;
import io.agritrace.core.text.Times;

/**
 * The warnings a trace's own data gives, beside those of the custody rules:
 * each lot's temperatures outside its product's storage band, and each
 * transformation whose yield is outside the range typical of its kind.
 */
public final class TraceFindings {

	private TraceFindings() {
	}

	/** Every lot of the trace: the root, what it was made from and what was made from it. */
	public static Set<String> items(Trace trace) {
		Set<String> items = new LinkedHashSet<>();
		items.addAll(trace.upstream().items(true));
		items.add(trace.root());
		items.addAll(trace.downstream().items(false));
		return items;
	}

	/** The sensor readings of one lot, leaving out events declared erroneous. */
	public static List<SensorReading> sensors(Trace trace, String item) {
		return new Timeline(trace.all().events().stream()
				.filter(e -> !trace.corrected().containsKey(e.hashId()) && e.mentions(item)).toList()).sensors();
	}

	/**
	 * Each lot's temperature excursions (about the lot's number) and each
	 * implausible yield (about the transformation's hash ID).
	 *
	 * @param zone     the workspace's, in which an excursion's start and end are written
	 * @param products the catalogue's product of a GTIN-14
	 * @param places   a place identifier's name, in whatever language the finding is read
	 */
	public static List<Finding> of(Trace trace, ZoneId zone, Function<String, Optional<Product>> products,
			Function<String, Localized> places) {
		List<Finding> findings = new ArrayList<>();
		for (String item : items(trace)) {
			Optional<Product> product = Identifiers.gtin(item).flatMap(products);
			if (product.isEmpty() || product.get().storageBand() == null) {
				continue;
			}
			Localized band = product.get().storageBand()::label;
			for (SensorSeries.Excursion x : SensorSeries.temperatures(sensors(trace, item))
					.excursions(product.get().storageBand())) {
				// A single reading says when the lot was too warm or cold, not for how long: no "0 min".
				findings.add(new Finding(Identifiers.lotNumber(item).orElse(item), List.of(x.single()
						? Texts.Findings_excursionReading.with(band, x.worst().toPlainString(), Times.format(x.start(), zone),
								place(places, x.location()))
						: Texts.Findings_excursion.with(band, Times.format(x.start(), zone), Times.format(x.end(), zone),
								x.duration().toMinutes(), x.worst().toPlainString(), place(places, x.location())))));
			}
		}
		Function<String, String> category = item -> Identifiers.gtin(item).flatMap(products).map(Product::category)
				.orElse(null);
		for (MassBalance balance : MassBalance.of(trace, category)) {
			if (balance.implausible()) {
				findings.add(new Finding(balance.event().toString(),
						List.of(Texts.Findings_yield.with(BizSteps.shortName(balance.bizStep()),
								balance.yieldPercent().orElseThrow().toPlainString(), place(places, balance.location()),
								balance.typical().range()))));
			}
		}
		return findings;
	}

	/** An event declared erroneous, with its CBV reason and its corrective event ("-" for none). */
	public static Finding corrected(EventHashId event, String reason, String corrective) {
		return new Finding(event.toString(), List.of(Texts.Findings_corrected.with(reason, corrective)));
	}

	private static Object place(Function<String, Localized> places, String id) {
		return id == null ? "-" : places.apply(id); //$NON-NLS-1$
	}
}
