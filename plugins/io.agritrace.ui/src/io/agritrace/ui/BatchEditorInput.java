package io.agritrace.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.agritrace.core.model.ProductBatch;

/**
 * Opens one batch in the Batch editor ({@link #EDITOR_ID}); two inputs are
 * equal when they name the same batch code. The workbench keeps the open
 * editors' inputs when it closes ({@link BatchMemento}) and reopens them.
 */
public final class BatchEditorInput implements IEditorInput {

	/** The Batch editor, which takes this input. */
	public static final String EDITOR_ID = "io.agritrace.ui.editors.batch"; //$NON-NLS-1$

	private final ProductBatch batch;

	public BatchEditorInput(ProductBatch batch) {
		this.batch = batch;
	}

	public ProductBatch batch() {
		return batch;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return batch.lot();
	}

	@Override
	public IPersistableElement getPersistable() {
		return new BatchMemento(batch);
	}

	@Override
	public String getToolTipText() {
		return batch.code();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(batch) ? adapter.cast(batch) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BatchEditorInput other && other.batch.code().equals(batch.code());
	}

	@Override
	public int hashCode() {
		return batch.code().hashCode();
	}
}
