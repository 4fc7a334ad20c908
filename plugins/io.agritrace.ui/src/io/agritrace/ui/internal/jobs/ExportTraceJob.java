package io.agritrace.ui.internal.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.Messages;

/**
 * Writes a lot's whole trace as an EPCIS 2.0 JSON-LD document, for an auditor
 * or a partner; it re-imports to the same Event Hash IDs.
 */
public final class ExportTraceJob extends Job {

	private final WorkspaceStore store;
	private final String code;
	private final Path file;

	public ExportTraceJob(WorkspaceStore store, String code, Path file) {
		super(NLS.bind(Messages.ExportJob_name, file.getFileName()));
		this.store = store;
		this.code = code;
		this.file = file;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			List<EpcisEvent> events = store.get().traces().trace(code).all().events();
			progress.worked(1);
			Map<String, String> prefixes = new HashMap<>();
			events.forEach(e -> prefixes.putAll(e.context().declared()));
			try (OutputStream out = Files.newOutputStream(file);
					EpcisDocumentWriter writer = new EpcisDocumentWriter(out, prefixes, Instant.now())) {
				for (EpcisEvent e : events) {
					if (progress.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					writer.write(e);
				}
			}
			progress.worked(1);
			return new Status(IStatus.OK, getClass(), NLS.bind(Messages.ExportJob_done, events.size(), file));
		} catch (IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.ExportJob_failed, file, e.getMessage()), e);
		}
	}
}
