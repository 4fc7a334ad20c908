package io.agritrace.ui.internal.editors;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The Batch editor's selection: that of the viewer on the page in front, so
 * that the Properties view and commands follow whichever page the user reads.
 */
final class PageSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionChangedListener forward = e -> fire(e.getSelection());
	private ISelectionProvider front;

	/** Follows this page's viewer from now on; null for a page without one. */
	void follow(ISelectionProvider viewer) {
		if (front != null) {
			front.removeSelectionChangedListener(forward);
		}
		front = viewer;
		if (front != null) {
			front.addSelectionChangedListener(forward);
		}
		fire(getSelection());
	}

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(l -> l.selectionChanged(event));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return front == null ? StructuredSelection.EMPTY : front.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (front != null) {
			front.setSelection(selection);
		}
	}
}
