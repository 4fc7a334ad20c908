package io.agritrace.ui.internal.wizards;

import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

import io.agritrace.core.epcis.EventHashId;
import io.agritrace.store.OutboxState;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.WorkspaceStore;

/**
 * After Finish: the stored event's GS1 Event Hash ID and its anchor state,
 * read again whenever anchors change, so it moves from pending to anchored
 * while the page is open.
 */
final class RecordedPage extends WizardPage {

	private static final Map<OutboxState, String> STATES = Map.of(OutboxState.PENDING, Messages.AnchorState_pending,
			OutboxState.SUBMITTED, Messages.AnchorState_submitted, OutboxState.ANCHORED, Messages.AnchorState_anchored,
			OutboxState.FAILED, Messages.AnchorState_failed);

	private final WorkspaceStore store;
	private final EventHandler anchorsChanged = e -> readState();
	private Text hashId;
	private Label state;
	private EventHashId recorded;

	RecordedPage(WorkspaceStore store) {
		super("recorded", Messages.EventWizard_recordedTitle, null); //$NON-NLS-1$
		setDescription(Messages.EventWizard_recordedDescription);
		this.store = store;
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(body);
		hashId = ReviewPage.hashIdField(body);
		new Label(body, SWT.NONE).setText(Messages.Field_anchorState);
		state = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		broker().subscribe(StoreTopics.ANCHORS, anchorsChanged);
		body.addDisposeListener(e -> broker().unsubscribe(anchorsChanged));
		setControl(body);
	}

	/** Shows the event just stored; nothing before it can be changed now. */
	void show(EventHashId event) {
		recorded = event;
		hashId.setText(event.toString());
		hashId.getParent().layout();
		readState();
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}

	private void readState() {
		EventHashId event = recorded;
		if (event == null) {
			return;
		}
		new StoreReadJob<>(Messages.EventWizard_checking, store, trace -> trace.outbox().state(event), state,
				s -> state.setText(STATES.getOrDefault(s, Messages.AnchorState_pending))).schedule();
	}

	private static IEventBroker broker() {
		return PlatformUI.getWorkbench().getService(IEventBroker.class);
	}
}
