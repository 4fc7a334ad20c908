package io.agritrace.ui.internal.wizards;

import org.eclipse.jface.wizard.IWizardPage;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.rules.Correction;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.WorkspaceStore;

/**
 * Corrects a stored event: the original is declared erroneous (incorrect data,
 * or it did not occur) and, for incorrect data, a corrective event prefilled
 * from it is recorded; both are kept and the corrective event is anchored.
 */
public final class CorrectEventWizard extends EventWizard {

	private final EpcisEvent original;
	private CorrectionPage page;

	public CorrectEventWizard(EpcisEvent original, WorkspaceStore store) {
		super(Messages.CorrectWizard_title);
		this.original = original;
		setStore(store);
	}

	@Override
	protected void addEventPages() {
		page = new CorrectionPage(original, WorkspaceZone.clock());
		addPage(page);
	}

	@Override
	EventDraft draft() {
		Correction correction = page.value();
		return correction == null ? null : () -> EventRecord.of(correction);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage current) {
		return current == page ? review() : null;
	}
}
