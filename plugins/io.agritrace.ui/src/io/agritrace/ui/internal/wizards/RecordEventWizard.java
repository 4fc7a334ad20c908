package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.model.Party;
import io.agritrace.store.TraceStore;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.Messages;

/**
 * Records one custody event: the first page chooses the organisation and the
 * business step, the step's page asks only what that step needs, the review
 * page shows the event and its hash ID once the custody rules accept it, and
 * Finish stores it (off the UI thread, under the write rule) and shows its
 * anchor state; a second Finish closes the wizard.
 */
public final class RecordEventWizard extends Wizard implements INewWizard {

	public static final String ID = "io.agritrace.ui.wizards.recordEvent"; //$NON-NLS-1$
	/** Where the reports that inspections name are kept, under the workspace. */
	static final String REPORTS = "reports"; //$NON-NLS-1$

	private final Clock clock = Clock.systemDefaultZone();
	private final Map<EventStep, EventPage> stepPages = new EnumMap<>(EventStep.class);
	private WorkspaceStore store;
	private StepPage stepPage;
	private ReviewPage review;
	private RecordedPage recorded;
	private boolean stored;

	public RecordEventWizard() {
		setWindowTitle(Messages.EventWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		store = workbench.getService(WorkspaceStore.class);
	}

	@Override
	public void addPages() {
		stepPage = new StepPage(ActingOrganisation.uri(), null);
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
		review = new ReviewPage(store);
		addPage(review);
		recorded = new RecordedPage(store);
		addPage(recorded);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		new StoreReadJob<>(Messages.Wizard_reading, store, EventChoices::read, stepPage.getControl(), choices -> {
			stepPage.offer(choices);
			stepPages.values().forEach(page -> page.offer(choices));
		}).schedule();
	}

	/** The organisation the first page chose, or null. */
	Party actor() {
		StepChoice choice = stepPage.value();
		return choice == null ? null : choice.actor();
	}

	/** The draft of the chosen step's page, or null while it is not valid. */
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
		return stepPages.containsValue(page) ? review : null;
	}

	@Override
	public boolean canFinish() {
		IWizardPage current = getContainer().getCurrentPage();
		return current == recorded || current == review && review.record() != null;
	}

	@Override
	public boolean performFinish() {
		if (stored) {
			return true;
		}
		EventRecord record = review.record();
		Party actor = actor();
		if (!WizardWrites.write(getContainer(), review, store, trace -> {
			save(trace, record);
			ActingOrganisation.remember(actor.uri());
		})) {
			return false;
		}
		stored = true;
		String workspace = WorkspaceStore.workspace().toString();
		StoreTopics.post(StoreTopics.EVENTS, workspace);
		if (!record.batches().isEmpty()) {
			StoreTopics.post(StoreTopics.BATCHES, workspace);
		}
		EventHashId hashId = record.event().hashId();
		getContainer().showPage(recorded);
		recorded.show(hashId);
		return false;
	}

	/** Keeps the report first, so that a stored inspection never names a file that is not here. */
	private static void save(TraceStore trace, EventRecord record) {
		if (record.report() != null) {
			keepReport(record);
		}
		trace.importer().record(record.batches(), record.event());
	}

	private static void keepReport(EventRecord record) {
		try {
			Path reports = Files.createDirectories(WorkspaceStore.workspace().resolve(REPORTS));
			Files.copy(record.report().file(), reports.resolve(record.report().keptName()),
					StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
