package io.agritrace.ui.internal.wizards;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.core.model.Party;
import io.agritrace.service.RecordingChoices;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/**
 * Records one custody event: the first page chooses the organisation and the
 * business step, and the step's page asks only what that step needs.
 */
public final class RecordEventWizard extends EventWizard implements INewWizard {

	public static final String ID = "io.agritrace.ui.wizards.recordEvent"; //$NON-NLS-1$

	private final Clock clock = WorkspaceZone.clock();
	private final Map<EventStep, EventPage> stepPages = new EnumMap<>(EventStep.class);
	private StepPage stepPage;

	public RecordEventWizard() {
		super(Messages.EventWizard_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setStore(workbench.getService(WorkspaceStore.class));
	}

	@Override
	protected void addEventPages() {
		stepPage = new StepPage(ActingOrganisation.uri());
		addPage(stepPage);
		for (EventStep step : EventStep.values()) {
			EventPage page = switch (step) {
			case RECEIVING -> new ReceivingPage(clock);
			case TRANSFORMATION -> new TransformationPage(clock);
			default -> new LotStepPage(step, clock);
			};
			stepPages.put(step, page);
			addPage(page);
		}
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		new StoreReadJob<>(CommonMessages.Wizard_reading, store(), s -> RecordingChoices.read(s, WorkbenchLanguage.current()),
				stepPage.getControl(), choices -> {
					stepPage.offer(choices);
					stepPages.values().forEach(page -> page.offer(choices));
				}).schedule();
	}

	/** The organisation the first page chose, or null. */
	Party actor() {
		StepChoice choice = stepPage.value();
		return choice == null ? null : choice.actor();
	}

	@Override
	EventDraft draft() {
		StepChoice choice = stepPage.value();
		return choice == null ? null : stepPages.get(choice.step()).value();
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == stepPage) {
			StepChoice choice = stepPage.value();
			return choice == null ? null : stepPages.get(choice.step());
		}
		return stepPages.containsValue(page) ? review() : null;
	}

	/** The organisation is proposed next time. */
	@Override
	protected void saved(TraceStore trace) {
		ActingOrganisation.remember(actor().uri());
	}
}
