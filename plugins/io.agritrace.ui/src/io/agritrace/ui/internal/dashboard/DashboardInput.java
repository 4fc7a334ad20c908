package io.agritrace.ui.internal.dashboard;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The workspace's one dashboard: every input equals every other, so it opens once. */
public final class DashboardInput implements IEditorInput {

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return Messages.Dashboard_title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return Messages.Dashboard_title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DashboardInput;
	}

	@Override
	public int hashCode() {
		return DashboardInput.class.hashCode();
	}
}
