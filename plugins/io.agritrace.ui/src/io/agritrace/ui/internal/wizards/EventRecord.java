package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkspaceStore;

/**
 * What a Finish writes: an event with the lots it brings into being
 * (registered in the same transaction) and the report file it names, kept in
 * the workspace; or a correction of a stored event.
 *
 * @param event      the event shown for review: the new one, or the corrective event (the declaration when there is none)
 * @param report     the inspection report to keep, or null
 * @param correction the correction, or null for a new event
 */
record EventRecord(List<ProductBatch> batches, EpcisEvent event, Report report, Correction correction) {

	/** Where the reports that inspections name are kept, under the workspace. */
	static final String REPORTS = "reports"; //$NON-NLS-1$

	EventRecord(List<ProductBatch> batches, EpcisEvent event, Report report) {
		this(batches, event, report, null);
	}

	static EventRecord of(Correction correction) {
		EpcisEvent shown = correction.corrective() != null ? correction.corrective() : correction.declaration();
		return new EventRecord(List.of(), shown, null, correction);
	}

	/** Every rule that writing it now would break; nothing is written. */
	List<RuleViolation> check(TraceStore store) {
		return correction != null ? store.importer().check(correction) : store.importer().check(event);
	}

	/** Writes it; the report first, so that a stored inspection never names a file that is not here. */
	void save(TraceStore store) {
		if (correction != null) {
			store.importer().correct(correction);
			return;
		}
		if (report != null) {
			report.keep();
		}
		store.importer().record(batches, event);
	}

	/** A file the event names by its SHA-256. */
	record Report(Path file, byte[] sha256) {

		/** The name it is kept under: its digest, then its own name, so that neither is lost. */
		String keptName() {
			return HexFormat.of().formatHex(sha256) + '-' + file.getFileName();
		}

		private void keep() {
			try {
				Path reports = Files.createDirectories(WorkspaceStore.workspace().resolve(REPORTS));
				Files.copy(file, reports.resolve(keptName()), StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
