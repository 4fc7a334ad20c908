package io.agritrace.ui.internal.wizards;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.service.HarvestChoices;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.internal.CommonMessages;

/**
 * The cooperative clerk's wizard: registers a harvested lot and records its
 * harvest under the custody rules, both or neither, then opens the lot.
 */
public final class RegisterHarvestWizard extends RegisterWizard<Harvest> {

	public static final String ID = "io.agritrace.ui.wizards.registerHarvest"; //$NON-NLS-1$

	private HarvestPage page;

	public RegisterHarvestWizard() {
		super(Messages.HarvestWizard_title, StoreTopics.BATCHES);
	}

	@Override
	protected RecordPage<Harvest> createPage() {
		page = new HarvestPage(WorkspaceZone.clock());
		return page;
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		new StoreReadJob<>(CommonMessages.Wizard_reading, store(), HarvestChoices::read, page.getControl(), page::offer)
				.schedule();
	}

	@Override
	protected void save(TraceStore trace, Harvest harvest) {
		trace.importer().record(List.of(harvest.batch()), harvest.event());
	}

	@Override
	protected void stored(Harvest harvest) {
		try {
			workbench().getActiveWorkbenchWindow().getActivePage().openEditor(new BatchEditorInput(harvest.batch()),
					BatchEditorInput.EDITOR_ID);
		} catch (PartInitException e) {
			// The lot is stored; the navigator lists it even if its editor cannot open.
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW);
		}
	}
}
