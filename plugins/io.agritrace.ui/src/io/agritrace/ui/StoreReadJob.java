package io.agritrace.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import io.agritrace.store.TraceStore;

/**
 * Reads from the store off the UI thread, then hands the result to the UI
 * thread unless the control that asked has gone.
 *
 * @param <T> what is read
 */
public final class StoreReadJob<T> extends Job {

	private final WorkspaceStore store;
	private final Function<TraceStore, T> read;
	private final Control owner;
	private final Consumer<T> show;
	private Object family;

	public StoreReadJob(String name, WorkspaceStore store, Function<TraceStore, T> read, Control owner, Consumer<T> show) {
		super(name);
		this.store = store;
		this.read = read;
		this.owner = owner;
		this.show = show;
		setSystem(true);
	}

	/** Puts this read in a family of Jobs ({@link JobFamilies}), which one may join; returns it. */
	public StoreReadJob<T> inFamily(Object jobFamily) {
		family = jobFamily;
		return this;
	}

	@Override
	public boolean belongsTo(Object jobFamily) {
		return family != null && family.equals(jobFamily);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		T result;
		try {
			result = read.apply(store.get());
		} catch (RuntimeException e) {
			return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (!owner.isDisposed()) {
			owner.getDisplay().asyncExec(() -> {
				if (!owner.isDisposed()) {
					show.accept(result);
				}
			});
		}
		return Status.OK_STATUS;
	}
}
