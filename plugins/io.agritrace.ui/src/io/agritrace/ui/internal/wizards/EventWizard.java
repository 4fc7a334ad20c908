package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.Wizard;

import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * A wizard that writes one event: its own pages describe it, then a review
 * page shows it once the custody rules accept it, and one Finish stores it
 * (off the UI thread, under the write rule) and closes the wizard, or starts
 * the next event where the wizard offers that and the clerk asked for it.
 * The event's anchor goes on in the background, as the status bar counts.
 */
abstract class EventWizard extends Wizard {

	private WorkspaceStore store;
	private ReviewPage review;

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

	/** Adds the pages that describe the event; the review page follows. */
	protected abstract void addEventPages();

	/** The event the pages describe, or null while they do not describe a valid one. */
	abstract EventDraft draft();

	/** The review page's "record another" choice as it starts, or null where the wizard records one event only. */
	protected Boolean recordsAnother() {
		return null;
	}

	/** Done on the UI thread once the event is stored, e.g. what to propose next time. */
	protected void stored() {
	}

	/**
	 * Starts the next event with the same context; only where {@link #recordsAnother()} offers it.
	 *
	 * @param stored what was stored, for the next event's page to say
	 */
	protected void again(String stored) {
		throw new UnsupportedOperationException();
	}

	@Override
	public final void addPages() {
		addEventPages();
		review = new ReviewPage(store, this::draft, recordsAnother());
		addPage(review);
	}

	protected final ReviewPage review() {
		return review;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == review && review.record() != null;
	}

	@Override
	public final boolean performFinish() {
		EventRecord record = review.record();
		String stored = review.storedNote();
		if (!WizardWrites.write(getContainer(), review, store, record::save)) {
			return false;
		}
		String workspace = WorkspaceStore.workspace().toString();
		StoreTopics.post(StoreTopics.EVENTS, workspace);
		if (!record.batches().isEmpty()) {
			StoreTopics.post(StoreTopics.BATCHES, workspace);
		}
		stored();
		if (review.another()) {
			again(stored);
			return false;
		}
		return true;
	}
}
