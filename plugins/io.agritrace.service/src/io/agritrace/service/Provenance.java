package io.agritrace.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.CustodyGantt;
import io.agritrace.charts.JourneyMap;
import io.agritrace.charts.LineageDrawing;
import io.agritrace.charts.LineageGraph;
import io.agritrace.charts.LineageLayout;
import io.agritrace.charts.MassBalanceChart;
import io.agritrace.charts.SensorChart;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.StorageBand;
import io.agritrace.core.rules.CustodyRules;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.MassBalance;
import io.agritrace.core.trace.SensorReading;
import io.agritrace.core.trace.SensorSeries;
import io.agritrace.core.trace.Trace;
import io.agritrace.core.trace.TraceFindings;
import io.agritrace.store.OutboxState;
import io.agritrace.store.TraceStore;

/**
 * Draws a lot's provenance from its story, reading from the store only what
 * the story does not say: the places' coordinates, the products' storage
 * bands and categories, the holders' names and which lots are registered
 * batches; and the recall's flow. The lineage's layout is the long part: run
 * it off any UI thread.
 */
public final class Provenance {

	private final LotStory story;
	private final TraceStore store;
	private final LotVerdict verdict;
	private final Clock clock;
	private final ChartTheme theme;
	private final Locale language;
	private final Naming naming;

	/**
	 * @param verdict what the last verification on chain found for this lot, or null
	 * @param clock   the present, up to which a lot still held is drawn
	 * @param theme   the charts' look; their times are in the workspace's zone, the store's
	 */
	public Provenance(LotStory story, TraceStore store, LotVerdict verdict, Clock clock, ChartTheme theme,
			Locale language) {
		this.story = story;
		this.store = store;
		this.verdict = verdict;
		this.clock = clock;
		this.theme = theme.in(store.clock().getZone());
		this.language = language;
		this.naming = new Naming(store, language);
	}

	/**
	 * The recall's flow: the lot and every lot made from it at each place, each
	 * shipment and transformation as wide as the kilograms it carried.
	 *
	 * @throws CancellationException when {@code cancelled} says so
	 */
	public LineageDrawing recallFlow(BooleanSupplier cancelled) {
		Trace trace = story.trace();
		Set<String> items = new LinkedHashSet<>();
		items.add(trace.root());
		items.addAll(trace.downstream().items(false));
		Map<String, Product> products = products();
		CustodyChain custody = CustodyChain.of(trace, items);
		Function<String, String> category = item -> product(products, item).map(Product::category).orElse(null);
		LineageGraph graph = graph(trace, items, custody, products, MassBalance.of(trace, category), List.of());
		checkCanceled(cancelled);
		return new LineageDrawing(new LineageLayout(theme).place(graph), theme, stateNames());
	}

	private Map<String, Product> products() {
		Map<String, Product> products = new HashMap<>();
		store.masterData().products().forEach(p -> products.put(p.gtin(), p));
		return products;
	}

	/**
	 * The five charts and the lists beside them.
	 *
	 * @throws CancellationException when {@code cancelled} says so
	 */
	public ProvenanceCharts charts(BooleanSupplier cancelled) {
		Trace trace = story.trace();
		Set<String> items = TraceFindings.items(trace);
		Map<String, Product> products = products();
		Map<String, Location> locations = new HashMap<>();
		store.masterData().locations().forEach(l -> locations.put(l.uri(), l));
		Map<String, ProductBatch> batches = new HashMap<>();
		for (String item : items) {
			store.batches().find(item).ifPresent(b -> batches.put(item, b));
		}
		checkCanceled(cancelled);

		CustodyChain custody = CustodyChain.of(trace, items);
		Function<String, String> category = item -> product(products, item).map(Product::category).orElse(null);
		List<MassBalance> balances = MassBalance.of(trace, category);
		Optional<Product> product = product(products, trace.root());
		StorageBand band = product.map(Product::storageBand).orElse(null);
		List<SensorReading> readings = TraceFindings.sensors(trace, trace.root());
		List<SensorSeries> sensors = SensorSeries.all(readings);
		List<SensorSeries.Excursion> excursions = band == null ? List.of()
				: SensorSeries.temperatures(readings).excursions(band);

		LineageGraph graph = graph(trace, items, custody, products, balances, excursions);
		LineageDrawing lineage = new LineageDrawing(new LineageLayout(theme).place(graph), theme, stateNames());
		checkCanceled(cancelled);

		ChartDrawing custodyChart = new ChartDrawing(CustodyGantt.of(custody,
				excursions.stream().map(x -> new CustodyGantt.Excursion(trace.root(), x.start())).toList(), this::name,
				clock.instant(), theme, language));
		ChartDrawing sensorChart = new ChartDrawing(SensorChart.of(sensors, band, excursions, theme, language));
		JourneyMap journey = JourneyMap.of(custody, locations, this::name, this::arrowLabel, theme, language);
		ChartDrawing massChart = new ChartDrawing(
				MassBalanceChart.of(balances, step -> StepNames.of(step, language), this::name, theme, language));
		return new ProvenanceCharts(lineage, custodyChart, sensorChart, journey, massChart, band, excursions,
				sensors.stream().flatMap(s -> s.problems().stream()).toList(), balances, batches, items.size());
	}

	private static void checkCanceled(BooleanSupplier cancelled) {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException();
		}
	}

	private static Optional<Product> product(Map<String, Product> products, String item) {
		return Identifiers.gtin(item).map(products::get);
	}

	/** A party's, place's or lot's display name: from the story, else from the store. */
	private String name(String uri) {
		String known = uri == null ? null : story.names().get(uri);
		return known != null ? known : naming.partyOrLocation(uri);
	}

	private String arrowLabel(CustodyChain.Move move) {
		String day = Times.day(move.left(), theme.zone());
		return move.quantity() == null ? day : Quantities.of(move.quantity(), move.uom(), language) + " · " + day; //$NON-NLS-1$
	}

	private List<String> stateNames() {
		return List.of(Texts.Provenance_stateMismatch.text(language), Texts.Provenance_stateFailedInspection.text(language),
				Texts.Provenance_stateFlagged.text(language), Texts.Provenance_statePending.text(language),
				Texts.Provenance_stateAnchored.text(language), Texts.Provenance_stateVerified.text(language));
	}

	/**
	 * Every lot at every place it was held as a node (a lot whose events name
	 * no place as one node); each shipment, transformation or aggregation as an
	 * edge. A transformation links its input where it was used to its output
	 * where it was made.
	 */
	private LineageGraph graph(Trace trace, Set<String> items, CustodyChain custody, Map<String, Product> products,
			List<MassBalance> balances, List<SensorSeries.Excursion> excursions) {
		Map<EventHashId, EpcisEvent> events = new HashMap<>();
		trace.all().events().forEach(e -> events.put(e.hashId(), e));
		Set<String> flagged = flagged(trace, balances, excursions);
		Map<String, List<CustodyChain.Stop>> stops = new HashMap<>();
		custody.stops().forEach(s -> stops.computeIfAbsent(s.item(), i -> new ArrayList<>()).add(s));
		List<LineageGraph.Node> nodes = new ArrayList<>();
		for (String item : items) {
			LineageGraph.State state = state(trace, item, custody, flagged);
			String product = product(products, item).map(p -> p.name(language))
					.orElse(item);
			String lot = Identifiers.lotNumber(item).orElse(item);
			List<CustodyChain.Stop> held = stops.getOrDefault(item, List.of());
			if (held.isEmpty()) {
				nodes.add(new LineageGraph.Node(item, item, List.of(product, lot), product + "\n" + item, state, //$NON-NLS-1$
						item.equals(trace.root())));
			}
			for (CustodyChain.Stop stop : held) {
				String amount = stop.quantity() == null ? lot
						: lot + " · " + Quantities.of(stop.quantity(), stop.uom(), language); //$NON-NLS-1$
				String where = name(stop.location());
				String holder = stop.party() == null ? where : name(stop.party());
				List<String> lines = holder.equals(where) ? List.of(product, amount, where)
						: List.of(product, amount, where, holder);
				String details = String.join("\n", lines) + "\n" + Times.format(stop.from(), theme.zone()) //$NON-NLS-1$ //$NON-NLS-2$
						+ " – " //$NON-NLS-1$
						+ (stop.to() == null ? "" : Times.format(stop.to(), theme.zone())) + "\n" + item; //$NON-NLS-1$ //$NON-NLS-2$
				nodes.add(new LineageGraph.Node(node(stop), item, lines, details, state, item.equals(trace.root())));
			}
		}
		List<LineageGraph.Link> links = new ArrayList<>();
		for (CustodyChain.Move move : custody.moves()) {
			String step = move.unrecorded() ? Texts.Provenance_moved.text(language) : StepNames.of(BizSteps.SHIPPING, language);
			String label = move.quantity() == null ? step
					: step + " · " + Quantities.of(move.quantity(), move.uom(), language); //$NON-NLS-1$
			links.add(new LineageGraph.Link(node(move.from()), node(move.to()), label,
					kilograms(new QuantityElement(move.item(), move.quantity(), move.uom()))));
		}
		Set<LineageEdge> edges = new LinkedHashSet<>(trace.upstream().edges());
		edges.addAll(trace.downstream().edges());
		for (LineageEdge edge : edges) {
			EpcisEvent event = events.get(edge.event());
			if (items.contains(edge.from()) && items.contains(edge.to()) && event != null) {
				String from = end(stops.get(edge.from()), edge.from(), event, true);
				String to = end(stops.get(edge.to()), edge.to(), event, false);
				links.add(new LineageGraph.Link(from, to, linkLabel(event, edge),
						kilograms(CustodyChain.quantity(event, edge.from()))));
			}
		}
		return new LineageGraph(nodes, links);
	}

	/** The quantity in kg, or 0 when there is none or it is not a mass. */
	private static double kilograms(QuantityElement q) {
		BigDecimal kg = q == null || q.quantity() == null ? null : CustodyRules.kilograms(List.of(q));
		return kg == null ? 0 : kg.doubleValue();
	}

	private static String node(CustodyChain.Stop stop) {
		return stop.item() + "@" + stop.location(); //$NON-NLS-1$
	}

	/**
	 * The node a transformation or aggregation links: the lot's stop where the
	 * event happened, else its last stop before it (an input) or its first
	 * (an output); the lot itself where it has no stop.
	 */
	private static String end(List<CustodyChain.Stop> held, String item, EpcisEvent event, boolean input) {
		if (held == null || held.isEmpty()) {
			return item;
		}
		String at = event.bizLocation() != null ? event.bizLocation() : event.readPoint();
		CustodyChain.Stop chosen = held.stream().filter(s -> s.location().equals(at)).findFirst().orElse(null);
		if (chosen == null) {
			chosen = input ? held.stream().filter(s -> !s.from().isAfter(event.eventTime())).reduce((a, b) -> b)
					.orElse(held.get(0)) : held.get(0);
		}
		return node(chosen);
	}

	/** "Milling · 10,000 kg": the step and how much of the upstream lot went in. */
	private String linkLabel(EpcisEvent event, LineageEdge edge) {
		QuantityElement used = CustodyChain.quantity(event, edge.from());
		String step = StepNames.of(event.bizStep() != null ? event.bizStep() : edge.kind(), language);
		return used == null ? step : step + " · " + Quantities.of(used.quantity(), used.uom(), language); //$NON-NLS-1$
	}

	/** Lots with a corrected event, an excursion of their own or an implausible yield made them. */
	private static Set<String> flagged(Trace trace, List<MassBalance> balances, List<SensorSeries.Excursion> excursions) {
		Set<String> flagged = new LinkedHashSet<>();
		for (EpcisEvent e : trace.all().events()) {
			if (trace.corrected().containsKey(e.hashId())) {
				e.quantities().forEach(q -> flagged.add(q.epcClass()));
				flagged.addAll(e.epcs());
			}
		}
		for (MassBalance balance : balances) {
			if (balance.implausible()) {
				balance.outputs().forEach(q -> flagged.add(q.epcClass()));
			}
		}
		if (!excursions.isEmpty()) {
			flagged.add(trace.root());
		}
		return flagged;
	}

	/** The worst that holds: a mismatch found on chain, a failed inspection, a flag, an event not yet anchored. */
	private LineageGraph.State state(Trace trace, String item, CustodyChain custody, Set<String> flagged) {
		if (verdict == LotVerdict.MISMATCH && item.equals(trace.root())) {
			return LineageGraph.State.MISMATCH;
		}
		if (custody.marks().stream().anyMatch(m -> m.item().equals(item) && m.kind() == CustodyChain.Mark.Kind.INSPECTION_FAILED)) {
			return LineageGraph.State.FAILED_INSPECTION;
		}
		if (flagged.contains(item)) {
			return LineageGraph.State.FLAGGED;
		}
		boolean pending = trace.all().events().stream().filter(e -> e.mentions(item)).map(EpcisEvent::hashId)
				.map(story.anchors()::get).anyMatch(a -> a == null || a.state() != OutboxState.ANCHORED);
		if (pending) {
			return LineageGraph.State.PENDING;
		}
		return verdict == LotVerdict.ALL_VERIFIED ? LineageGraph.State.VERIFIED
				: LineageGraph.State.ANCHORED;
	}
}
