package io.agritrace.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.LotFinder;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreReadJob;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.CodeLookup;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.LotChoiceDialog;

/**
 * Trace: one field for a trace code, a lot number, a Digital Link, an EPC URI
 * or a GTIN with its lot, typed or scanned (a keyboard-wedge scanner types the characters, then Enter). The
 * batch opens in its editor and the field is ready for the next scan; the
 * codes looked up stay in a history, also after a restart.
 */
public final class TraceView extends ViewPart {

	public static final String ID = "io.agritrace.ui.views.trace"; //$NON-NLS-1$
	private static final String HISTORY = "history"; //$NON-NLS-1$
	private static final String CODE = "code"; //$NON-NLS-1$
	private static final int HISTORY_SIZE = 20;

	private final List<String> history = new ArrayList<>();
	private Text code;
	private Label message;
	private ListViewer historyViewer;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			for (IMemento looked : memento.getChildren(HISTORY)) {
				history.add(looked.getString(CODE));
			}
		}
	}

	@Override
	public void saveState(IMemento memento) {
		history.forEach(looked -> memento.createChild(HISTORY).putString(CODE, looked));
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		code = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		code.setMessage(Messages.TraceView_prompt);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(code);
		code.addListener(SWT.DefaultSelection, e -> lookUp(code.getText()));
		message = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(message);
		new Label(body, SWT.NONE).setText(Messages.TraceView_history);
		historyViewer = new ListViewer(body, SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
		historyViewer.setContentProvider(ArrayContentProvider.getInstance());
		historyViewer.setInput(history);
		historyViewer.addOpenListener(e -> {
			Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (chosen != null) {
				lookUp(chosen.toString());
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(historyViewer.getControl());
	}

	/** Looks the code up in a Job and opens its batch; what went wrong shows under the field. */
	private void lookUp(String typed) {
		String looked = typed.strip();
		if (looked.isEmpty()) {
			return;
		}
		message.setText(NLS.bind(CommonMessages.FindHandler_job, looked));
		new StoreReadJob<>(NLS.bind(CommonMessages.FindHandler_job, looked), getSite().getService(WorkspaceStore.class),
				store -> CodeLookup.of(store, looked), code, found -> show(looked, found)).schedule();
	}

	private void show(String looked, CodeLookup found) {
		if (code.isDisposed()) {
			return;
		}
		LotFinder.Candidate chosen = found.problem() == null ? LotChoiceDialog.choose(getSite().getShell(), found) : null;
		if (chosen == null) {
			message.setText(found.problem() == null ? "" : found.problem()); //$NON-NLS-1$
			code.selectAll();
			return;
		}
		remember(looked);
		code.setText(""); //$NON-NLS-1$
		message.setText(found.said(chosen));
		message.getParent().layout(true);
		open(chosen.batch());
	}

	private void remember(String looked) {
		history.remove(looked);
		history.add(0, looked);
		while (history.size() > HISTORY_SIZE) {
			history.remove(history.size() - 1);
		}
		historyViewer.refresh();
	}

	private void open(ProductBatch batch) {
		try {
			// The field keeps the focus, ready for the next scan.
			getSite().getPage().openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID, false);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	@Override
	public void setFocus() {
		code.setFocus();
	}
}
