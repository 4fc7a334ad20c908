package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * A wizard that writes one event: its own pages describe it, then a review
 * page shows it once the custody rules accept it, Finish stores it (off the
 * UI thread, under the write rule) and the last page follows its anchor; a
 * second Finish closes the wizard.
 */
abstract class EventWizard extends Wizard {

	private WorkspaceStore store;
	private ReviewPage review;
	private RecordedPage recorded;
	private boolean stored;

	EventWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	protected final void setStore(WorkspaceStore workspaceStore) {
		store = workspaceStore;
	}

	protected final WorkspaceStore store() {
		return store;
	}

	/** Adds the pages that describe the event; the review and recorded pages follow. */
	protected abstract void addEventPages();

	/** The event the pages describe, or null while they do not describe a valid one. */
	abstract EventDraft draft();

	/** Done after the write, in the same run off the UI thread. */
	protected void saved(TraceStore trace) {
	}

	@Override
	public final void addPages() {
		addEventPages();
		review = new ReviewPage(store, this::draft);
		addPage(review);
		recorded = new RecordedPage(store);
		addPage(recorded);
	}

	protected final ReviewPage review() {
		return review;
	}

	@Override
	public boolean canFinish() {
		IWizardPage current = getContainer().getCurrentPage();
		return current == recorded || current == review && review.record() != null;
	}

	@Override
	public final boolean performFinish() {
		if (stored) {
			return true;
		}
		EventRecord record = review.record();
		if (!WizardWrites.write(getContainer(), review, store, trace -> {
			record.save(trace);
			saved(trace);
		})) {
			return false;
		}
		stored = true;
		String workspace = WorkspaceStore.workspace().toString();
		StoreTopics.post(StoreTopics.EVENTS, workspace);
		if (!record.batches().isEmpty()) {
			StoreTopics.post(StoreTopics.BATCHES, workspace);
		}
		getContainer().showPage(recorded);
		recorded.show(record.event().hashId());
		return false;
	}
}
