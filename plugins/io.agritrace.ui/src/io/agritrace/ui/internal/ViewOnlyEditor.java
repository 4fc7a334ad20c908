package io.agritrace.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that only shows (the dashboard, the welcome page): never dirty, nothing to save. */
public abstract class ViewOnlyEditor extends EditorPart {

	@Override
	public final void doSave(IProgressMonitor monitor) {
		// Nothing to save.
	}

	@Override
	public final void doSaveAs() {
		// Nothing to save.
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
