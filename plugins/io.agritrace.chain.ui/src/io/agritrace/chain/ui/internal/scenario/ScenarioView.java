package io.agritrace.chain.ui.internal.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.agritrace.chain.ChainException;
import io.agritrace.chain.ui.internal.ChainJobFamilies;
import io.agritrace.chain.ui.internal.ChainService;
import io.agritrace.chain.ui.internal.Messages;
import io.agritrace.chain.ui.internal.editors.ChainPage;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.demo.GuidedScenario;
import io.agritrace.demo.GuidedScenario.Step;
import io.agritrace.service.Quantities;
import io.agritrace.service.ScenarioRunner;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.StoreTopics;
import io.agritrace.ui.RecallDrill;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * The guided scenario told to officials, a step per click (or every
 * {@value #SECONDS} seconds): its narration in large type, then what the step
 * did. Each step runs in a Job: records stored and sent to the chain at once
 * (the dashboard follows), the insider's edit found by verification on the
 * rice's Chain page, the paddy recalled on its Recall page with a drill's
 * clock, and the edit put back: every lot of the story verified again and the
 * drill's clock stopped, so that no mark or clock of the run outlives it.
 */
public final class ScenarioView extends ViewPart {

	public static final String ID = "io.agritrace.chain.ui.views.scenario"; //$NON-NLS-1$
	static final int SECONDS = 20;
	private static final String KILOGRAMS = "KGM"; //$NON-NLS-1$

	private GuidedScenario story;
	private int next;
	private ScrolledComposite scroller;
	private Label heading;
	private Label narration;
	private Label outcome;
	private Button step;
	private Button timed;
	private Font large;
	private Job running;
	/** Seconds until the next step runs by itself; 0 when none is planned. */
	private int countdown;
	private final Runnable tick = this::tick;

	@Override
	public void createPartControl(Composite view) {
		// The narration and what the step did scroll above the buttons, which stay in sight.
		GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 8).applyTo(view);
		scroller = new ScrolledComposite(view, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		Composite parent = new Composite(scroller, SWT.NONE);
		scroller.setContent(parent);
		scroller.addListener(SWT.Resize, e -> fit());
		GridLayoutFactory.fillDefaults().spacing(8, 12).applyTo(parent);
		heading = new Label(parent, SWT.NONE);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(Messages.Scenario_ready);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		FontData data = JFaceResources.getDialogFont().getFontData()[0];
		large = new Font(parent.getDisplay(), data.getName(), Math.round(data.getHeight() * 1.5f), SWT.NORMAL);
		narration = new Label(parent, SWT.WRAP);
		narration.setFont(large);
		narration.setText(Messages.Scenario_intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(narration);
		outcome = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, SWT.DEFAULT).applyTo(outcome);
		// The button above the check box, whose text wraps: a narrow column beside the dashboard cuts neither.
		Composite buttons = new Composite(view, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		step = new Button(buttons, SWT.PUSH);
		step.setText(Messages.Scenario_start);
		step.addListener(SWT.Selection, e -> runNext());
		timed = new Button(buttons, SWT.CHECK | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(timed);
		timed.setText(NLS.bind(Messages.Scenario_timed, SECONDS));
		timed.addListener(SWT.Selection, e -> plan());
	}

	/**
	 * Counts down to the next step once the box is ticked and no step runs
	 * (the count shows beside the box); unticking it stops the count.
	 */
	private void plan() {
		boolean idle = running == null || running.getState() == Job.NONE;
		boolean more = story == null || next < Step.values().length;
		countdown = timed.getSelection() && idle && more ? SECONDS : 0;
		timed.getDisplay().timerExec(-1, tick);
		if (countdown > 0) {
			timed.getDisplay().timerExec(1000, tick);
		}
		showCountdown();
	}

	private void tick() {
		if (timed.isDisposed() || countdown == 0) {
			return;
		}
		countdown--;
		showCountdown();
		if (countdown == 0) {
			runNext();
		} else {
			timed.getDisplay().timerExec(1000, tick);
		}
	}

	private void showCountdown() {
		timed.setText(countdown > 0 ? NLS.bind(Messages.Scenario_timedLeft, SECONDS, countdown)
				: NLS.bind(Messages.Scenario_timed, SECONDS));
		timed.requestLayout();
	}

	/** Lets the texts wrap at the view's width and the scroller reach their end. */
	private void fit() {
		Composite content = (Composite) scroller.getContent();
		int width = scroller.getClientArea().width;
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
		content.layout(true, true);
	}

	/** Runs the next step in a Job; after the last, the next click goes back to the start, where the view opened. */
	private void runNext() {
		if (running != null && running.getState() != Job.NONE) {
			return;
		}
		if (story != null && next >= Step.values().length) {
			again();
			return;
		}
		if (story == null) {
			story = new GuidedScenario(WorkspaceZone.clock(),
					Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase(Locale.ROOT));
			next = 0;
		}
		countdown = 0;
		showCountdown();
		Step current = Step.values()[next++];
		heading.setText(NLS.bind(Messages.Scenario_heading, current.ordinal() + 1, Step.values().length));
		narration.setText(GuidedScenario.narration(current, WorkbenchLanguage.current()));
		outcome.setText(Messages.Scenario_working);
		step.setEnabled(false);
		fit();
		ScenarioRunner runner = new ScenarioRunner(getSite().getService(WorkspaceStore.class).get(),
				new WorkbenchScenarioChain(getSite().getService(ChainService.class)), story, WorkbenchLanguage.current());
		GuidedScenario told = story;
		running = new Job(NLS.bind(Messages.Scenario_job, current.ordinal() + 1)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String said;
				try {
					said = shown(runner.run(current));
				} catch (ChainException | RuntimeException e) {
					said = NLS.bind(Messages.Scenario_failed, WorkbenchLanguage.text(e));
				}
				String shown = said;
				if (!outcome.isDisposed()) {
					outcome.getDisplay().asyncExec(() -> ScenarioView.this.done(told, current, shown));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return ChainJobFamilies.SCENARIO.equals(family);
			}
		};
		running.schedule();
	}

	/**
	 * Run Again: the view as it opened, its introduction and Start, and no story yet; the first step's lot is made
	 * only when the presenter starts (or the box counts down to it), not by this click. The lots' editors the run
	 * opened close, so that the next audience starts where the first did.
	 */
	private void again() {
		for (ProductBatch lot : List.of(story.paddy(), story.rice())) {
			IEditorPart editor = getSite().getPage().findEditor(new BatchEditorInput(lot));
			if (editor != null) {
				getSite().getPage().closeEditor(editor, false);
			}
		}
		story = null;
		next = 0;
		heading.setText(Messages.Scenario_ready);
		narration.setText(Messages.Scenario_intro);
		outcome.setText(""); //$NON-NLS-1$
		step.setText(Messages.Scenario_start);
		step.requestLayout();
		fit();
		plan();
	}

	/** What a step did as the audience reads it: the outcome, and the recall's shops a line each. */
	private static String shown(ScenarioRunner.Told told) {
		StringBuilder text = new StringBuilder(told.outcome());
		told.shops().forEach(shop -> text.append("\n  ").append(NLS.bind(Messages.Scenario_shop, shop.name(), //$NON-NLS-1$
				Quantities.of(shop.kg(), KILOGRAMS, WorkbenchLanguage.current()))));
		return text.toString();
	}

	/** Shows what the step did, and the page that shows it to the audience. */
	private void done(GuidedScenario told, Step current, String said) {
		if (outcome.isDisposed()) {
			return;
		}
		outcome.setText(said);
		step.setText(next >= Step.values().length ? Messages.Scenario_again : Messages.Scenario_next);
		step.setEnabled(true);
		step.requestLayout();
		fit();
		if (current == Step.RESET) {
			// The drill the recall started ends with the story: its clock must not go on counting.
			IEditorPart paddy = getSite().getPage().findEditor(new BatchEditorInput(told.paddy()));
			if (paddy instanceof RecallDrill drill) {
				drill.stopRecallDrill();
			}
		}
		if (current == Step.TAMPER || current == Step.RESET) {
			// The stored record changed behind the store's back: open editors read their lots again.
			StoreTopics.post(StoreTopics.EVENTS, 1);
			show(told.rice(), editor -> {
				ChainPage page = editor.getAdapter(ChainPage.class);
				if (page != null) {
					page.reveal();
					page.verify();
				}
			});
		} else if (current == Step.RECALL) {
			Instant chosen = Instant.now();
			show(told.paddy(), editor -> {
				if (editor instanceof RecallDrill drill) {
					drill.startRecallDrill(chosen);
				}
			});
		}
		running = null;
		plan();
	}

	private void show(ProductBatch batch, Consumer<IEditorPart> then) {
		try {
			then.accept(getSite().getPage().openEditor(new BatchEditorInput(batch), BatchEditorInput.EDITOR_ID, false));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	/**
	 * The story being told, which the view shows only in words: for tests,
	 * which check those words against the records it made.
	 */
	GuidedScenario story() {
		return story;
	}

	@Override
	public void setFocus() {
		step.setFocus();
	}

	@Override
	public void dispose() {
		if (large != null) {
			large.dispose();
		}
		super.dispose();
	}
}
