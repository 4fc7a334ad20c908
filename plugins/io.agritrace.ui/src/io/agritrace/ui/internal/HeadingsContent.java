package io.agritrace.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree of headings, each with its items below it, whose input is the list of
 * headings; items may be headings again.
 *
 * @param <H> the type of the headings
 */
public final class HeadingsContent<H> implements ITreeContentProvider {

	private final Class<H> headings;
	private final Function<H, List<?>> items;

	public HeadingsContent(Class<H> headings, Function<H, List<?>> items) {
		this.headings = headings;
		this.items = items;
	}

	@Override
	public Object[] getElements(Object input) {
		return ((List<?>) input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return headings.isInstance(parent) ? items.apply(headings.cast(parent)).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return headings.isInstance(element) && !items.apply(headings.cast(element)).isEmpty();
	}
}
