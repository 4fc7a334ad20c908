package io.agritrace.chain.ui.internal.scenario;

import static io.agritrace.tests.harness.ui.UiTestSupport.waitForJobs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.ui.BatchEditorInput;

/** The Guided Scenario view as its presenter drives it: the step button, and what the view says. */
final class ScenarioBot {

	private final ScenarioView view;

	private ScenarioBot(ScenarioView view) {
		this.view = view;
	}

	static ScenarioBot show(IWorkbenchPage page) {
		try {
			return new ScenarioBot((ScenarioView) page.showView(ScenarioView.ID, null, IWorkbenchPage.VIEW_ACTIVATE));
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Clicks the step button and waits until the step's Job has ended and the view shows what it did. */
	ScenarioBot step(long timeoutMs) {
		Widgets.click(stepButton());
		waitForJobs(ChainJobFamilies.SCENARIO, timeoutMs);
		return this;
	}

	/** Start, Next Step or Run Again. */
	String stepButtonText() {
		return stepButton().getText();
	}

	private Button stepButton() {
		return Widgets.first(Widgets.of(view), Button.class, b -> (b.getStyle() & SWT.PUSH) != 0);
	}

	/** The "advance by itself" check box. */
	Button timedBox() {
		return Widgets.first(Widgets.of(view), Button.class, b -> (b.getStyle() & SWT.CHECK) != 0);
	}

	/** Ticks or unticks the check box as a click does. */
	ScenarioBot tickTimed(boolean ticked) {
		Button box = timedBox();
		box.setSelection(ticked);
		box.notifyListeners(SWT.Selection, new Event());
		return this;
	}

	/** What the last step did, under its heading and narration. */
	String outcome() {
		List<Label> labels = Widgets.all(Widgets.of(view), Label.class);
		return labels.get(labels.size() - 1).getText();
	}

	/** Whether the view says that the last step did not finish. */
	boolean failed() {
		return outcome().startsWith(NLS.bind(Messages.Scenario_failed, "")); //$NON-NLS-1$
	}

	/**
	 * What the clock of a mock-recall drill on the lot's Recall page says (in
	 * dark red beside the export buttons), empty when none runs; null when the
	 * lot's editor is not open.
	 */
	static String drillClock(IWorkbenchPage page, ProductBatch lot) {
		IEditorPart editor = page.findEditor(new BatchEditorInput(lot));
		if (editor == null) {
			return null;
		}
		Color red = editor.getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		return Widgets.all(Widgets.of(editor), Label.class).stream().filter(l -> red.equals(l.getForeground()))
				.map(Label::getText).filter(t -> !t.isEmpty()).findFirst().orElse(""); //$NON-NLS-1$
	}

	/** Every cell of the tables in the lot's open editor (the Recall page's holders among them). */
	static List<String> tableTexts(IWorkbenchPage page, ProductBatch lot) {
		IEditorPart editor = page.findEditor(new BatchEditorInput(lot));
		return Widgets.all(Widgets.of(editor), Table.class).stream().flatMap(t -> Arrays.stream(t.getItems()))
				.flatMap(row -> IntStream.range(0, row.getParent().getColumnCount()).mapToObj(row::getText)).toList();
	}

	/** The cells of the tables in the lot's open editor that are red: what they mark as not to be trusted. */
	static List<String> redTexts(IWorkbenchPage page, ProductBatch lot) {
		IEditorPart editor = page.findEditor(new BatchEditorInput(lot));
		Color red = editor.getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_RED);
		return Widgets.all(Widgets.of(editor), Table.class).stream().flatMap(t -> Arrays.stream(t.getItems()))
				.flatMap(row -> IntStream.range(0, row.getParent().getColumnCount()).filter(i -> red.equals(row.getForeground(i)))
						.mapToObj(row::getText))
				.toList();
	}

	/** The heading above the narration: the view's title before a story, else the step's number. */
	String heading() {
		return Widgets.all(Widgets.of(view), Label.class).get(0).getText();
	}

	/** The story the view tells, to check its words against. */
	GuidedScenario story() {
		return view.story();
	}
}
