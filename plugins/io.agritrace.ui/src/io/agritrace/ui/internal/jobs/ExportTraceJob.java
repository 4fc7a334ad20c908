package io.agritrace.ui.internal.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.service.Exports;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * Writes a lot's whole trace for an auditor, a partner or a regulator: as an
 * EPCIS 2.0 JSON-LD document that re-imports to the same Event Hash IDs, or
 * as the spreadsheet of its key data elements; or its recall list. A cancelled export leaves no file.
 */
public final class ExportTraceJob extends Job {

	/** What the file holds. */
	public enum Format {
		EPCIS("jsonld"), SPREADSHEET("csv"), //$NON-NLS-1$ //$NON-NLS-2$
		/** Who received the lot or anything made from it: the recall list. */
		RECALL("csv"); //$NON-NLS-1$

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** The file name extension, without its dot. */
		public String extension() {
			return extension;
		}
	}

	private final WorkspaceStore store;
	private final String code;
	private final Path file;
	private final Format format;

	/** @param code a trace code, Digital Link or EPC URI of the lot */
	public ExportTraceJob(WorkspaceStore store, String code, Path file, Format format) {
		super(NLS.bind(Messages.ExportJob_name, file.getFileName()));
		this.store = store;
		this.code = code;
		this.file = file;
		this.format = format;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try (OutputStream out = Files.newOutputStream(file)) {
			TraceStore trace = store.get();
			String item = trace.codes().resolve(code);
			Exports exports = new Exports(trace);
			int written = switch (format) {
			case EPCIS -> exports.epcis(item, out, monitor::isCanceled);
			case SPREADSHEET -> exports.spreadsheet(item, out, WorkbenchLanguage.current());
			case RECALL -> exports.recall(item, out, WorkbenchLanguage.current());
			};
			return new Status(IStatus.OK, getClass(), NLS.bind(Messages.ExportJob_done, written, file));
		} catch (Exports.ExportCancelledException e) {
			deleteQuietly();
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			deleteQuietly();
			return Status.error(NLS.bind(Messages.ExportJob_failed, file, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	private void deleteQuietly() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// The status already says the export failed; a partial file is all that is left.
		}
	}
}
