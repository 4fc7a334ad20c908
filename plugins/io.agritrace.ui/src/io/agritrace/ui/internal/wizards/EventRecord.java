package io.agritrace.ui.internal.wizards;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.ProductBatch;

/**
 * An event ready to record, with the lots it brings into being (registered in
 * the same transaction) and the report file it names, kept in the workspace.
 *
 * @param report the inspection report to keep, or null
 */
record EventRecord(List<ProductBatch> batches, EpcisEvent event, Report report) {

	/** A file the event names by its SHA-256. */
	record Report(Path file, byte[] sha256) {

		/** The name it is kept under: its digest, then its own name, so that neither is lost. */
		String keptName() {
			return HexFormat.of().formatHex(sha256) + '-' + file.getFileName();
		}
	}
}
