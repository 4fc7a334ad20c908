package io.agritrace.ui.internal.wizards;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

import io.agritrace.core.model.Party;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.RecordingChoices;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/**
 * Records custody events: the first page chooses the organisation and the
 * business step, and the step's page asks only what that step needs. It
 * opens on the step, organisation and places recorded last, and records one
 * event after another when the clerk asks for that on the review page.
 */
public final class RecordEventWizard extends EventWizard implements INewWizard {

	public static final String ID = "io.agritrace.ui.wizards.recordEvent"; //$NON-NLS-1$

	private final Clock clock = WorkspaceZone.clock();
	private final Map<EventStep, EventPage> stepPages = new EnumMap<>(EventStep.class);
	private final RecordingMemory memory = RecordingMemory.load();
	private StepPage stepPage;
	/** The lot Ship… opened the wizard on, or null. */
	private String lotToShip;

	public RecordEventWizard() {
		super(Messages.EventWizard_title);
	}

	/**
	 * The wizard as Ship… opens it: on the shipping page, with the lot, the
	 * organisation that holds it and where, and the quantity held filled in.
	 */
	public static RecordEventWizard shipping(String lot, WorkspaceStore store) {
		RecordEventWizard wizard = new RecordEventWizard();
		wizard.setStore(store);
		wizard.lotToShip = lot;
		return wizard;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setStore(workbench.getService(WorkspaceStore.class));
	}

	@Override
	protected void addEventPages() {
		stepPage = new StepPage(lotToShip == null ? memory.step() : EventStep.SHIPPING);
		addPage(stepPage);
		for (EventStep step : EventStep.values()) {
			EventPage page = switch (step) {
			case RECEIVING -> new ReceivingPage(clock);
			case TRANSFORMATION -> new TransformationPage(clock);
			default -> new LotStepPage(step, clock, memory, step == EventStep.SHIPPING ? lotToShip : null);
			};
			stepPages.put(step, page);
			addPage(page);
		}
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		readChoices();
	}

	/** What the store offers now, into every page; the pages keep what they remember. */
	private void readChoices() {
		new StoreReadJob<>(CommonMessages.Wizard_reading, store(), s -> RecordingChoices.read(s, WorkbenchLanguage.current()),
				stepPage.getControl(), choices -> {
					stepPage.offer(choices, proposedActor(choices));
					stepPages.values().forEach(page -> page.offer(choices));
				}).schedule();
	}

	/**
	 * The organisation recorded for last (while it is offered), else the
	 * workspace's own; when shipping a lot, its holder (that one if it is among
	 * them).
	 */
	private String proposedActor(RecordingChoices choices) {
		String remembered = memory.actor();
		String proposed = choices.parties().stream().anyMatch(p -> p.uri().equals(remembered)) ? remembered
				: ActingOrganisation.uri();
		List<String> holders = choices.lots().stream().filter(l -> l.item().equals(lotToShip) && l.party() != null)
				.map(CustodyChain.Stop::party).toList();
		return holders.isEmpty() || holders.contains(proposed) ? proposed : holders.get(0);
	}

	/** Ship… starts on the shipping page; the first page is one Back away. */
	@Override
	public IWizardPage getStartingPage() {
		return lotToShip == null ? stepPage : stepPages.get(EventStep.SHIPPING);
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

	@Override
	protected Boolean recordsAnother() {
		return memory.another();
	}

	/**
	 * The organisation, step and places are proposed next time, as is
	 * recording another; the workspace's own organisation stays as set.
	 */
	@Override
	protected void stored() {
		StepChoice choice = stepPage.value();
		memory.actor(choice.actor().uri());
		memory.step(choice.step());
		stepPages.get(choice.step()).remember();
		memory.another(review().another());
	}

	/**
	 * The step's page again, saying what was stored, its lot, quantities and files cleared, its places kept, with what
	 * the store holds now.
	 */
	@Override
	protected void again(String stored) {
		EventPage page = stepPages.get(stepPage.value().step());
		page.again(stored);
		getContainer().showPage(page);
		page.setPreviousPage(stepPage);
		readChoices();
	}
}
