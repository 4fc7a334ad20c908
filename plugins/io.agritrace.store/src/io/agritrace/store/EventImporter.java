package io.agritrace.store;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.agritrace.core.epcis.EpcisDocumentReader;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.rules.CustodyRules;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.text.Message;
import io.agritrace.core.trace.Finding;
import io.agritrace.core.util.ReadAhead;
import io.agritrace.store.internal.EventGate;
import io.agritrace.store.internal.EventWriter;
import io.agritrace.store.internal.ExternalMasterData;
import io.agritrace.store.internal.SqlCustodyState;
import io.agritrace.store.internal.Transactions;
import io.agritrace.store.internal.WriteRuns;

/**
 * Records events made here and imports partners' EPCIS documents, checking
 * every custody rule against what is stored: a recorded event in one
 * transaction, a document as one write run, all or nothing.
 */
public final class EventImporter {

	/**
	 * What an import did.
	 *
	 * @param inserted   events stored
	 * @param duplicates events already stored (unchanged)
	 * @param declared   stored events now declared erroneous by an error declaration
	 * @param warnings   every stored event that breaks a rule (its hash ID), with the codes of the rules
	 */
	public record Result(int inserted, int duplicates, int declared, List<Finding> warnings) {
	}

	/** Events parsed ahead of the writer: enough to keep both cores busy, few enough for a 256 MB heap. */
	private static final int READ_AHEAD = 256;

	private final Transactions transactions;
	private final FactFiller facts;
	private final CustodyRules rules;

	EventImporter(Transactions transactions, FactFiller facts, Clock clock) {
		this.transactions = transactions;
		this.facts = facts;
		this.rules = new CustodyRules(clock);
	}

	/**
	 * Every rule an event made here would break if it were recorded now; empty
	 * when {@link #record(EpcisEvent)} would store it. Nothing is written.
	 */
	public List<RuleViolation> check(EpcisEvent event) {
		return transactions.call(c -> {
			try (SqlCustodyState state = new SqlCustodyState(c)) {
				return rules.check(event, state, true);
			}
		});
	}

	/**
	 * Records one event made here: it must break no rule and name only
	 * registered parties, locations and products.
	 *
	 * @throws RulesBrokenException with every rule it breaks; nothing is written
	 */
	public EventRepository.Saved record(EpcisEvent event) {
		return record(List.of(), event);
	}

	/**
	 * Registers new batches and records the event made here that brings them
	 * into being (a harvest), in one transaction with the event's facts: all or
	 * nothing.
	 *
	 * @throws RulesBrokenException with every rule the event breaks
	 * @throws StoreException when a batch is registered already
	 */
	public EventRepository.Saved record(Collection<ProductBatch> newBatches, EpcisEvent event) {
		return transactions.call(c -> {
			BatchRepository.insert(c, newBatches);
			EventRepository.Saved saved;
			try (SqlCustodyState state = new SqlCustodyState(c)) {
				saved = EventWriter.insert(c, List.of(event), EventRepository.Origin.RECORDED, madeHere(state), 1,
						WriteRuns.Checkpoint.NONE);
			}
			FactFiller.fillNow(c, List.of(event));
			return saved;
		});
	}

	/**
	 * Records events made here (a clerk's bulk entry), in this order, in one
	 * transaction with their facts: all or nothing. Events stored already are skipped.
	 *
	 * @throws RulesBrokenException for the first event that breaks a rule; nothing is written
	 */
	public EventRepository.Saved recordAll(List<EpcisEvent> events) {
		return transactions.call(c -> {
			EventRepository.Saved saved;
			try (SqlCustodyState state = new SqlCustodyState(c)) {
				saved = EventWriter.insert(c, events, EventRepository.Origin.RECORDED, madeHere(state), 1,
						WriteRuns.Checkpoint.NONE);
			}
			FactFiller.fillNow(c, events);
			return saved;
		});
	}

	/**
	 * Every rule each of these events made here would break, recorded one after
	 * another in this order (a receipt may follow its shipment in the same
	 * batch); nothing is written. Each is judged as {@link #recordAll} would.
	 *
	 * @return the rules each event breaks, by position; all empty when {@link #recordAll} would store them
	 */
	public List<List<RuleViolation>> checkAll(List<EpcisEvent> events) {
		return transactions.trial(c -> {
			Map<EpcisEvent, List<RuleViolation>> broken = new IdentityHashMap<>();
			try (SqlCustodyState state = new SqlCustodyState(c)) {
				EventWriter.insert(c, events, EventRepository.Origin.RECORDED, e -> {
					List<RuleViolation> violations = rules.check(e, state, true);
					broken.put(e, violations);
					// Stored flagged in this trial, so that the events after it are judged as if it were recorded.
					return violations.isEmpty() ? EventGate.Verdict.ACCEPT
							: new EventGate.Flag(violations.stream().map(RuleViolation::message).toList());
				}, 1, WriteRuns.Checkpoint.NONE);
			}
			return events.stream().map(e -> broken.getOrDefault(e, List.of())).toList();
		});
	}

	/**
	 * Corrects an event made or received here, in one transaction: the original
	 * is declared erroneous (it stays, marked) and the corrective event is
	 * recorded, judged by the custody rules as things stood at its time and as
	 * if the original had never been; the facts of both are written with them.
	 *
	 * @throws RulesBrokenException when the correction or its corrective event breaks a rule; nothing is written
	 */
	public EventRepository.Saved correct(Correction correction) {
		return transactions.call(c -> {
			EventRepository.Saved saved = writeCorrection(c, correction);
			FactFiller.fillNow(c, correction.events());
			return saved;
		});
	}

	/**
	 * Every rule {@link #correct(Correction)} would find broken now; empty when
	 * it would store the correction. Nothing is written.
	 */
	public List<RuleViolation> check(Correction correction) {
		return transactions.trial(c -> {
			try {
				writeCorrection(c, correction);
				return List.of();
			} catch (RulesBrokenException broken) {
				return broken.violations();
			}
		});
	}

	private EventRepository.Saved writeCorrection(Connection c, Correction correction) throws SQLException {
		String original = correction.original().hashId().toString();
		List<RuleViolation> problems = new ArrayList<>(correction.problems());
		switch (standing(c, correction.original().hashId())) {
		case ABSENT -> problems.add(new RuleViolation("errorDeclaration", original, //$NON-NLS-1$
				Texts.Correction_notStored.with(original)));
		case DECLARED -> problems.add(new RuleViolation("errorDeclaration", original, //$NON-NLS-1$
				Texts.Correction_alreadyCorrected.with(original)));
		case STANDS -> {
			// the one event that can be corrected
		}
		}
		if (!problems.isEmpty()) {
			throw new RulesBrokenException(original, problems);
		}
		EpcisEvent judged = correction.corrective() != null ? correction.corrective() : correction.original();
		try (SqlCustodyState state = SqlCustodyState.asOf(c, judged.eventTime())) {
			return EventWriter.insert(c, correction.events(), EventRepository.Origin.RECORDED, madeHere(state), 1,
					WriteRuns.Checkpoint.NONE);
		}
	}

	/** Events made here pass only when they break no rule and name only registered master data. */
	private EventGate madeHere(SqlCustodyState state) {
		return e -> {
			List<RuleViolation> violations = rules.check(e, state, true);
			return violations.isEmpty() ? EventGate.Verdict.ACCEPT
					: new EventGate.Refuse(new RulesBrokenException(e.hashId().toString(), violations));
		};
	}

	private enum Standing {
		ABSENT, STANDS, DECLARED
	}

	private static Standing standing(Connection c, EventHashId event) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT error_declaration IS NULL FROM epcis_event WHERE hash_id " //$NON-NLS-1$
				+ "= ?")) { //$NON-NLS-1$
			p.setBytes(1, event.digest());
			try (ResultSet r = p.executeQuery()) {
				return !r.next() ? Standing.ABSENT : r.getBoolean(1) ? Standing.STANDS : Standing.DECLARED;
			}
		}
	}

	/**
	 * Imports an EPCIS document (JSON-LD or XML), streamed, as one write run. An
	 * event that breaks a rule is stored with the rule as a warning, unless
	 * {@code strict}; identifiers never seen become external master data. The
	 * events' facts are filled in the background once it has finished.
	 *
	 * @param cancelled polled between events; when true nothing of the import is kept
	 * @throws io.agritrace.core.epcis.EpcisFormatException for a document that breaks the standard: nothing is stored
	 * @throws RulesBrokenException in strict mode: nothing is stored
	 */
	public Result importDocument(InputStream in, boolean strict, BooleanSupplier cancelled) {
		return facts.writing(
				() -> WriteRuns.call(transactions, (c, checkpoint) -> importInto(c, checkpoint, in, strict, cancelled)));
	}

	/**
	 * What {@link #importDocument} would do, not strict, without writing
	 * anything: how many events it would store, flag (with their rules) or skip
	 * as duplicates. One transaction, rolled back.
	 *
	 * @throws io.agritrace.core.epcis.EpcisFormatException for a document that breaks the standard
	 */
	public Result preview(InputStream in, BooleanSupplier cancelled) {
		return transactions.trial(c -> importInto(c, WriteRuns.Checkpoint.NONE, in, false, cancelled));
	}

	private Result importInto(Connection c, WriteRuns.Checkpoint checkpoint, InputStream in, boolean strict,
			BooleanSupplier cancelled) throws SQLException {
		List<Finding> warnings = new ArrayList<>();
		// Parsing, schema checks, hash IDs and the JSON text to store run on a second thread
		// while this one checks rules and writes.
		try (SqlCustodyState state = new SqlCustodyState(c);
				ExternalMasterData externals = new ExternalMasterData(c);
				EpcisDocumentReader reader = new EpcisDocumentReader(in, true);
				ReadAhead<EpcisEvent> parsed = new ReadAhead<>(reader, READ_AHEAD, "EPCIS import reader", //$NON-NLS-1$
						EpcisEvent::jsonText)) {
			Iterable<EpcisEvent> events = () -> cancellable(parsed, cancelled);
			EventRepository.Saved saved = EventWriter.insert(c, events, EventRepository.Origin.IMPORTED,
					e -> {
						List<RuleViolation> violations = rules.check(e, state, false);
						if (!violations.isEmpty() && strict) {
							return new EventGate.Refuse(new RulesBrokenException(e.hashId().toString(), violations));
						}
						externals.add(e);
						if (violations.isEmpty()) {
							return EventGate.Verdict.ACCEPT;
						}
						List<Message> rules = violations.stream().map(RuleViolation::message).toList();
						warnings.add(new Finding(e.hashId().toString(), rules));
						return new EventGate.Flag(rules);
					}, 1, checkpoint);
			return new Result(saved.inserted(), saved.duplicates().size(), saved.declared(), warnings);
		}
	}

	private static Iterator<EpcisEvent> cancellable(Iterator<EpcisEvent> events, BooleanSupplier cancelled) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				if (cancelled.getAsBoolean()) {
					throw new ImportCancelledException();
				}
				return events.hasNext();
			}

			@Override
			public EpcisEvent next() {
				return events.next();
			}
		};
	}

	/** Thrown when an import is cancelled: nothing of it is kept. */
	public static final class ImportCancelledException extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}
}
