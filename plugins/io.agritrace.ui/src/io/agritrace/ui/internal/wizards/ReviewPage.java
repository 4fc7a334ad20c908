package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Product;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.ColdChain;
import io.agritrace.service.Naming;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;

/**
 * The event as it will be stored, before Finish: the draft is completed (its
 * files read) and checked against the custody rules off the UI thread; the
 * page shows a summary by name (step, lot, quantity, from and to, place,
 * time, and what else the step's page asked), with the GS1 Event Hash ID and the JSON-LD behind "Show EPCIS", or
 * every rule it breaks, and is complete only when it breaks none.
 */
final class ReviewPage extends WizardPage {

	/**
	 * What reviewing a draft found: a record ready to store, or why there is
	 * none; and what the user should know before storing it (readings outside a
	 * product's storage band), or null.
	 */
	record Review(EventRecord record, EventSummary summary, String problem, String warning) {
	}

	private final WorkspaceStore store;
	private final Supplier<EventDraft> drafts;
	private final Boolean anotherAtStart;
	private Composite summary;
	private Composite epcis;
	private Text hashId;
	private Text json;
	private Button another;
	/** Counts the visits, so that only the latest check is shown. */
	private int visit;
	private EventRecord record;
	private EventSummary summarised;

	/**
	 * @param drafts  the draft the pages before describe, or null
	 * @param another whether "record another" starts ticked; null where the wizard records one event only
	 */
	ReviewPage(WorkspaceStore store, Supplier<EventDraft> drafts, Boolean another) {
		super("review", Messages.EventWizard_reviewTitle, null); //$NON-NLS-1$
		setDescription(Messages.EventWizard_reviewDescription);
		this.store = store;
		this.drafts = drafts;
		this.anotherAtStart = another;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		summary = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 6).applyTo(summary);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Button show = new Button(body, SWT.CHECK);
		show.setText(Messages.Review_showEpcis);
		epcis = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(epcis);
		GridDataFactory.fillDefaults().grab(true, true).exclude(true).applyTo(epcis);
		epcis.setVisible(false);
		hashId = hashIdField(epcis);
		json = new Text(epcis, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		json.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(json);
		show.addListener(SWT.Selection, e -> showEpcis(show.getSelection()));
		if (anotherAtStart != null) {
			another = new Button(body, SWT.CHECK);
			another.setText(Messages.Review_another);
			another.setSelection(anotherAtStart);
			GridDataFactory.fillDefaults().grab(true, false).indent(0, 12).applyTo(another);
		}
		setControl(body);
	}

	/** Whether Finish starts the next event: the clerk's choice on this page. */
	boolean another() {
		return another != null && another.getSelection();
	}

	private void showEpcis(boolean shown) {
		((GridData) epcis.getLayoutData()).exclude = !shown;
		epcis.setVisible(shown);
		epcis.getParent().layout(true, true);
	}

	/** The summary's rows: a label and a value each, the value selectable. */
	private void showSummary(EventSummary shown) {
		for (Control old : summary.getChildren()) {
			old.dispose();
		}
		if (shown != null) {
			for (EventSummary.Row row : shown.rows()) {
				new Label(summary, SWT.NONE).setText(row.label());
				Text value = new Text(summary, SWT.READ_ONLY | SWT.WRAP);
				value.setText(row.value());
				GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(value);
			}
		}
		summary.getParent().layout(true, true);
	}

	/** A labelled hash ID that wraps rather than being cut, and can be selected and copied. */
	static Text hashIdField(Composite body) {
		new Label(body, SWT.NONE).setText(Messages.Field_hashId);
		Text field = new Text(body, SWT.READ_ONLY | SWT.WRAP);
		field.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(field);
		return field;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			review(drafts.get());
		}
		super.setVisible(visible);
	}

	/** What the next event's page says once the checked record is stored. */
	String storedNote() {
		return summarised.stored();
	}

	/** The checked record; only while the page is complete. */
	EventRecord record() {
		return isPageComplete() ? record : null;
	}

	/** Checks again on every visit: a file the draft names may have changed meanwhile. */
	private void review(EventDraft draft) {
		int current = ++visit;
		record = null;
		setPageComplete(false);
		setErrorMessage(null);
		setMessage(Messages.EventWizard_checking);
		hashId.setText(""); //$NON-NLS-1$
		json.setText(""); //$NON-NLS-1$
		showSummary(null);
		Job job = new Job(Messages.EventWizard_checking) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Review result = check(draft);
				getControl().getDisplay().asyncExec(() -> show(current, result));
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private Review check(EventDraft draft) {
		try {
			EventRecord completed = draft.complete();
			Naming naming = new Naming(store.get(), WorkbenchLanguage.current());
			List<RuleViolation> broken = completed.check(store.get()).stream().map(v -> v.named(naming::anything)).toList();
			return new Review(completed, EventSummary.of(completed, naming, WorkspaceZone.zone()),
					broken.isEmpty() ? null : RuleViolation.describe(broken, naming.language()), excursions(completed.event()));
		} catch (IOException e) {
			return new Review(null, null, NLS.bind(Messages.EventWizard_unreadable, e.getMessage()), null);
		} catch (RuntimeException e) {
			return new Review(null, null, Refusals.readable(e), null);
		}
	}

	/** A cold-chain breach is a fact to record, not an error: it warns and leaves Finish enabled. */
	private String excursions(EpcisEvent event) {
		Map<String, Product> catalogue = store.get().masterData().products().stream()
				.collect(Collectors.toMap(Product::gtin, p -> p));
		Locale language = WorkbenchLanguage.current();
		return ColdChain.excursions(event, gtin -> Optional.ofNullable(catalogue.get(gtin))).stream()
				.map(x -> NLS.bind(Messages.StepWizard_outsideBand, new Object[] {
						DisplayLanguage.pick(language, x.product().nameZh(), x.product().nameEn()),
						x.product().storageBand().label(WorkbenchLanguage.current()),
						x.readings().stream().map(r -> r.value().toPlainString() + " \u00B0C, " //$NON-NLS-1$
								+ Times.format(r.time().atOffset(event.timeZone()), WorkspaceZone.zone()))
								.collect(Collectors.joining("; ")) })) //$NON-NLS-1$
				.reduce((a, b) -> a + '\n' + b).orElse(null);
	}

	private void show(int checked, Review result) {
		if (getControl().isDisposed() || checked != visit) {
			return;
		}
		setMessage(null);
		if (result.record() != null) {
			hashId.setText(result.record().event().hashId().toString());
			json.setText(result.record().event().prettyJson());
			showSummary(result.summary());
		}
		setErrorMessage(result.problem());
		if (result.problem() == null && result.warning() != null) {
			setMessage(result.warning(), WARNING);
		}
		// A Chinese warning or a long refusal wraps past the two Latin lines the title area has.
		TitleMessage.fit(getShell(), result.problem() != null ? result.problem() : result.warning());
		record = result.record();
		summarised = result.summary();
		setPageComplete(result.problem() == null);
	}
}
