package io.agritrace.ui.internal.wizards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.csv.EventsCsv;
import io.agritrace.core.csv.MasterDataCsv;
import io.agritrace.core.csv.RowError;
import io.agritrace.core.epcis.BizSteps;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.Finding;
import io.agritrace.service.Naming;
import io.agritrace.service.StepNames;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.EventImporter;
import io.agritrace.store.TraceStore;

/**
 * What importing a file would do, found without writing: how many records it
 * would store, flag or skip, and every problem with where it is and the rule.
 * A CSV of shipments and receipts (core's {@code EventsCsv}) is the events a
 * clerk keys in: any problem refuses it whole, and a good one shows each event
 * it would record.
 *
 * @param stored     records that would be stored (flagged ones included)
 * @param duplicates events stored already
 * @param fatal      whether a problem refuses the whole file (a format error, a bad CSV row)
 * @param entries    the shipments and receipts a good CSV would record, in its order; empty for other files
 */
record ImportPreview(int stored, int duplicates, List<Problem> problems, boolean fatal, List<Entry> entries) {

	ImportPreview(int stored, int duplicates, List<Problem> problems, boolean fatal) {
		this(stored, duplicates, problems, fatal, List.of());
	}

	/** @param where a JSON path, an event's hash ID or a CSV line */
	record Problem(String where, String rule) {

		/** Splits "where: rule", as format errors are written. */
		static Problem of(String text) {
			int colon = text.indexOf(": "); //$NON-NLS-1$
			return colon < 0 ? new Problem("", text) : new Problem(text.substring(0, colon), text.substring(colon + 2)); //$NON-NLS-1$
		}

		/** A CSV row that cannot be read: its line, as a row that breaks a rule shows it, and what is wrong. */
		static Problem of(RowError row, Locale language) {
			return new Problem(NLS.bind(Messages.ImportWizard_line, row.line()), row.problem().text(language));
		}

		/** An event that breaks rules: its hash ID, and the rules one after another. */
		static Problem of(Finding finding, Locale language) {
			return new Problem(finding.subject(),
					finding.messages().stream().map(m -> m.text(language)).collect(Collectors.joining(" "))); //$NON-NLS-1$
		}
	}

	/** A CSV row as the event it would record, by name in the reader's language: what the clerk meant to key in. */
	record Entry(String where, String step, String lot, String quantity, String handover, String time) {

		static Entry of(EventsCsv.Row row, Naming naming) {
			EpcisEvent e = row.event();
			return new Entry(NLS.bind(Messages.ImportWizard_line, row.line()),
					StepNames.of(BizSteps.shortName(e.bizStep()), naming.language()), EventSummary.lots(e.quantities(), naming),
					EventSummary.quantities(e.quantities(), naming), EventSummary.handover(e, naming),
					Times.format(e.eventTime().atOffset(e.timeZone()), WorkspaceZone.zone()));
		}
	}

	/** Events that break a rule: a flag import stores them flagged, a strict one refuses the file. */
	int flagged() {
		return fatal ? 0 : problems.size();
	}

	/** Whether the import can go ahead in this mode. */
	boolean importable(boolean strict) {
		return !fatal && (!strict || problems.isEmpty());
	}

	/**
	 * A clerk's shipments and receipts: each row checked as the Record Event
	 * wizard checks one event, in the file's order; recorded here, they must
	 * all break no rule, or none is stored. Every problem is found at once: the
	 * rows that cannot be read, and the rules each other row breaks, but for
	 * the rows of a lot after one of its rows that cannot be read (judged
	 * without it, they would seem to break rules they may keep).
	 */
	private static ImportPreview ofEvents(TraceStore store, Path file, Locale language) throws IOException {
		EventsCsv.Result rows;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			rows = EventsCsv.read(in, WorkspaceZone.clock());
		}
		SortedMap<Integer, List<Problem>> byLine = new TreeMap<>();
		rows.errors().forEach(row -> byLine.put(row.line(), List.of(Problem.of(row, language))));
		List<List<RuleViolation>> broken = store.importer().checkAll(rows.checkable().stream().map(EventsCsv.Row::event).toList());
		Naming naming = new Naming(store, language);
		for (int i = 0; i < broken.size(); i++) {
			String where = NLS.bind(Messages.ImportWizard_line, rows.checkable().get(i).line());
			List<Problem> rules = broken.get(i).stream().map(v -> new Problem(where, v.named(naming::anything).rule(language))).toList();
			if (!rules.isEmpty()) {
				byLine.put(rows.checkable().get(i).line(), rules);
			}
		}
		if (!byLine.isEmpty()) {
			return new ImportPreview(0, 0, byLine.values().stream().flatMap(List::stream).toList(), true);
		}
		return new ImportPreview(rows.rows().size(), 0, List.of(), false,
				rows.rows().stream().map(row -> Entry.of(row, naming)).toList());
	}

	/** @param language the language of the problems' rules */
	static ImportPreview of(TraceStore store, Path file, BooleanSupplier cancelled, Locale language) throws IOException {
		if (EventsCsv.is(file)) {
			return ofEvents(store, file, language);
		}
		if (MasterDataCsv.isCsv(file)) {
			try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				MasterDataCsv.Result rows = MasterDataCsv.read(in, WorkspaceZone.clock());
				return new ImportPreview(rows.parties().size() + rows.batches().size(), 0,
						rows.errors().stream().map(row -> Problem.of(row, language)).toList(), !rows.errors().isEmpty());
			}
		}
		try (InputStream in = Files.newInputStream(file)) {
			EventImporter.Result result = store.importer().preview(in, cancelled);
			Naming naming = new Naming(store, language);
			return new ImportPreview(result.inserted(), result.duplicates(),
					result.warnings().stream().map(f -> Problem.of(f.named(naming::anything), language)).toList(), false);
		} catch (EpcisFormatException e) {
			return new ImportPreview(0, 0, List.of(Problem.of(e.text(language))), true);
		}
	}
}
