package io.agritrace.cli.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.core.trace.Finding;
import io.agritrace.core.trace.LineageEdge;
import io.agritrace.core.trace.Trace;
import io.agritrace.service.Exports;
import io.agritrace.service.LotStories;
import io.agritrace.service.LotStory;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.store.TraceStore;

/**
 * {@code trace CODE [--json]}: upstream and downstream lineage, the event
 * timeline, custody and sensor readings of a lot, item, Digital Link or trace code.
 */
final class TraceCommand implements CliCommand {

	@Override
	public String name() {
		return "trace"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Trace_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of("--json"), Set.of(), 1); //$NON-NLS-1$
		try (TraceStore store = context.openStore()) {
			String item = LotArgument.lot(store, args.positional(0), context);
			LotStory story = new LotStories(store).read(item, context.language());
			if (story.trace().all().events().isEmpty()) {
				context.err().println(Texts.Trace_unknown.text(context.language(), args.positional(0)));
				return CliContext.FAILED;
			}
			if (args.flag("--json")) { //$NON-NLS-1$
				context.out().println(new Exports(store).traceJson(story.trace(), context.language()));
			} else {
				text(story, context);
			}
		}
		return CliContext.OK;
	}

	private static void text(LotStory story, CliContext context) {
		Trace trace = story.trace();
		var out = context.out();
		ZoneId zone = context.zone();
		Locale language = context.language();
		out.println(Texts.Trace_title.text(language, trace.root()));
		out.println(Texts.Trace_upstream.text(language, trace.upstream().items(true).size()));
		lineage(trace.upstream().edges(), true, story).forEach(out::println);
		out.println(Texts.Trace_downstream.text(language, trace.downstream().items(false).size()));
		lineage(trace.downstream().edges(), false, story).forEach(out::println);
		out.println(Texts.Trace_timeline.text(language, trace.all().events().size()));
		Columns.lines(trace.all().events().stream().map(e -> List.of(Times.format(e.eventTime().atOffset(e.timeZone()), zone),
				StepNames.of(e.bizStep(), language), StepNames.of(e.disposition(), language),
				story.name(e.bizLocation() != null ? e.bizLocation() : e.readPoint()), e.hashId().toString())).toList())
				.forEach(out::println);
		out.println(Texts.Trace_custody.text(language));
		Columns.lines(trace.custody().stops().stream().map(s -> List.of(
				(s.party() == null ? "?" : story.name(s.party())) + " @ " //$NON-NLS-1$ //$NON-NLS-2$
						+ (s.location() == null ? "?" : story.name(s.location())), //$NON-NLS-1$
				Times.format(s.from(), zone) + " ..", s.to() == null ? "" : Times.format(s.to(), zone), //$NON-NLS-1$ //$NON-NLS-2$
				held(s, language))).toList()).forEach(out::println);
		out.println(Texts.Trace_sensors.text(language));
		Columns.lines(trace.all().sensors().stream().map(r -> List.of(Times.format(r.time(), zone),
				Quantities.measure(r.type(), language) + ' ' + r.value().toPlainString()
						+ (r.uom() == null ? "" : ' ' + Quantities.unitName(r.uom(), language)), //$NON-NLS-1$
				story.name(r.location()))).toList()).forEach(out::println);
		for (Finding finding : trace.findings()) {
			out.println(Texts.Trace_warning.text(language, finding.named(story::name).text(language)));
		}
	}

	/**
	 * Each step of a lineage as its two lots, each by lot number and product name as the story names them (its code
	 * when the product is unknown), lined up, the arrow pointing from the input to what was made of it.
	 */
	private static List<String> lineage(List<LineageEdge> edges, boolean upstream, LotStory story) {
		return Columns.lines(edges.stream().map(e -> upstream ? List.of(story.name(e.to()), "<-", story.name(e.from())) //$NON-NLS-1$
				: List.of(story.name(e.from()), "->", story.name(e.to()))).toList()); //$NON-NLS-1$
	}

	/** "held 9834 of 19669 kg": what is still at a stop of what came; empty when the events count nothing. */
	private static String held(CustodyChain.Stop s, Locale language) {
		return s.quantity() == null ? "" //$NON-NLS-1$
				: Texts.Trace_held.text(language, new Object[] { s.held().toPlainString(),
						s.quantity().toPlainString(), Quantities.unitName(s.uom(), language) });
	}

}
