package io.agritrace.ui.internal.wizards;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.csv.SensorLogCsv;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.Quantities;
import io.agritrace.service.RecordingChoices;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * A page of the Record Event wizard with the fields of one business step.
 * Its value is a draft that reads the files it names off the UI thread; the
 * fields every step shares (lot, quantity, site, time, data logger) are here.
 */
abstract class EventPage extends RecordPage<EventDraft> {

	static final String FIELD_LOT = "lot"; //$NON-NLS-1$
	static final String FIELD_QUANTITY = "quantity"; //$NON-NLS-1$
	static final String FIELD_SITE = "site"; //$NON-NLS-1$
	static final String FIELD_DATE = "date"; //$NON-NLS-1$
	static final String FIELD_TIME = "time"; //$NON-NLS-1$
	static final String FIELD_SENSORS = "sensors"; //$NON-NLS-1$
	/** How many lots a chooser's list shows at once. */
	private static final int LOT_ROWS = 8;
	/** How many a compact chooser's list shows, so that the page's last fields stay in view while it is open. */
	private static final int COMPACT_LOT_ROWS = 3;

	private final Clock clock;
	private RecordingChoices choices = RecordingChoices.none(WorkbenchLanguage.current());
	private Party actor;
	/** What the page's site field offers, in the order of its items. */
	private List<Location> sites = List.of();
	/** The site the user picked (not one the page proposed), or null: it stays picked while it is offered. */
	private String pickedSite;
	private final List<LotChooser> lotFields = new ArrayList<>();
	private BatchValidator validator;
	private DateTime date;
	private Text time;
	/** What the wizard stored last, said while the next event is entered; or null. */
	private String storedNote;

	EventPage(String name, String title, String description, Clock clock) {
		super(name, title, description);
		this.clock = clock;
	}

	@Override
	protected final void createFields(FieldGrid grid) {
		validator = new BatchValidator(clock, grid::label);
		createStepFields(grid);
		date = grid.date(FIELD_DATE, Messages.Field_date);
		time = grid.time(FIELD_TIME, Messages.Field_time);
		FieldGrid.show(date, time, LocalDateTime.now(clock));
		createFieldsAfterTime(grid);
	}

	/** Adds the step's own fields, above the date and time. */
	protected abstract void createStepFields(FieldGrid grid);

	/** Adds the step's fields that follow the event's own date and time (a shipment's expected arrival). */
	protected void createFieldsAfterTime(FieldGrid grid) {
		// Most steps ask nothing after the time.
	}

	/** Puts what the store offers into the step's drop-downs; runs inside {@link #fill}. */
	protected abstract void offerChoices();

	/** What the store offers, for the organisation the first page has chosen by now. */
	final void offer(RecordingChoices loaded) {
		choices = loaded;
		actor = ((RecordEventWizard) getWizard()).actor();
		fill(this::offerChoices);
	}

	/** Recorded for the organisation the first page chose; a new one offers its own lots. */
	@Override
	public void setVisible(boolean visible) {
		Party chosen = ((RecordEventWizard) getWizard()).actor();
		if (visible && !Objects.equals(chosen, actor)) {
			actor = chosen;
			fill(this::offerChoices);
		}
		if (!visible && storedNote != null) {
			storedNote = null;
			showSitesMissing();
		}
		super.setVisible(visible);
		if (visible) {
			fitMessage();
		}
	}

	@Override
	public void setMessage(String newMessage, int newType) {
		super.setMessage(newMessage, newType);
		fitMessage();
	}

	/**
	 * Makes the title area tall enough for the page's message once the dialog shows it (after setVisible or
	 * setMessage): it is two Latin lines high, and a Chinese warning showed cut.
	 */
	private void fitMessage() {
		if (getControl() != null) {
			getControl().getDisplay().asyncExec(() -> {
				if (!getControl().isDisposed()) {
					TitleMessage.fit(getShell(), getMessage());
				}
			});
		}
	}

	/** Keeps what the page proposes next time, once its event is stored. */
	void remember() {
		// Most steps' places follow from the lot chosen.
	}

	/**
	 * Starts the next event: the step's context kept (the organisation, sites and receiver), what names the
	 * last one's items cleared (lots, quantities, files), the choices offered again, the page not scolding until edited.
	 * The page says what was stored and shows its top, the first lot field ready for typing.
	 *
	 * @param stored what the wizard stored, e.g. "Stored: Shipping of 3,000 kg MR2611-00014 at 2026-12-08 08:21."
	 */
	final void again(String stored) {
		restart();
		storedNote = stored;
		fill(() -> {
			lotFields.forEach(LotChooser::clear);
			clearItems();
			offerChoices();
		});
		showSitesMissing();
		if (!lotFields.isEmpty()) {
			lotFields.get(0).filter().setFocus();
		}
		showTop();
	}

	/** Empties the fields that describe one event's items rather than its context; runs inside {@link #fill}. */
	protected abstract void clearItems();

	protected final RecordingChoices choices() {
		return choices;
	}

	/** The clock that dates events and proposes their time: the workspace's zone, whose offset events carry. */
	protected final Clock clock() {
		return clock;
	}

	protected final Party actor() {
		return actor;
	}

	protected final BatchValidator validator() {
		return validator;
	}

	// ---- lots

	/** @param compact whether its list shows only while it has the focus, for a page with several */
	protected final LotChooser lotField(FieldGrid grid, String field, String label, boolean compact) {
		LotChooser chooser = grid.lots(field, label, compact ? COMPACT_LOT_ROWS : LOT_ROWS, compact);
		lotFields.add(chooser);
		return chooser;
	}

	/** Offers the lots this step may name (those the actor holds, unless the step says otherwise). */
	protected final void offerLots(LotChooser chooser) {
		chooser.offer(choices.lots().stream().filter(this::mayName).toList(), choices);
	}

	/**
	 * Whether the step may name the lot at this place: by default, when the
	 * acting organisation holds it there, or nobody is recorded as its holder.
	 */
	protected boolean mayName(CustodyChain.Stop lot) {
		return lot.party() == null || actor != null && actor.uri().equals(lot.party());
	}

	/** @throws FieldError naming the field when no lot is chosen */
	protected final CustodyChain.Stop chosenLot(LotChooser chooser, String field) {
		if (chooser.chosen() == null) {
			throw new FieldError(field, NLS.bind(Messages.Wizard_choose, fields().label(field)));
		}
		return chooser.chosen();
	}

	/** A positive quantity of the lot, no more than is held of it at its place (where that is counted). */
	protected final BigDecimal quantityOf(CustodyChain.Stop lot, String field, String text) {
		BigDecimal quantity = validator.quantity(field, text);
		if (lot.held() != null && quantity.compareTo(lot.held()) > 0) {
			throw new FieldError(field, NLS.bind(Messages.EventWizard_moreThanLot, new Object[] {
					fields().label(field), Quantities.of(quantity, lot.uom(), WorkbenchLanguage.current()),
					Quantities.of(lot.held(), lot.uom(), WorkbenchLanguage.current()) }));
		}
		return quantity;
	}

	// ---- sites and parties

	/** The step's site field, offered by {@link #offerSites}; it tells the user's pick from the page's proposals. */
	protected final Combo siteField(FieldGrid grid, String label) {
		Combo combo = grid.choice(FIELD_SITE, label, List.of());
		// Selection is the user's alone: the page's own select() sends none.
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			pickedSite = index < 0 || index >= sites.size() ? null : sites.get(index).uri();
		});
		return combo;
	}

	/**
	 * Offers the sites where the actor does the step: where the lot is first,
	 * then the sites it runs. The site the user picked stays selected while it
	 * is offered; else where the lot is, else the site proposed, else the first
	 * is selected. A warning says when the actor runs none.
	 *
	 * @param lotAt    the site where the lot is, or null
	 * @param proposed the site to select when the user picked none and no lot is chosen (e.g. the one used last), or null
	 */
	protected final void offerSites(Combo combo, String lotAt, String proposed) {
		sites = choices.stepSites(actor == null ? null : actor.uri(), lotAt);
		List<String> uris = sites.stream().map(Location::uri).toList();
		int selected = Stream.of(pickedSite, lotAt, proposed).filter(uris::contains).findFirst().map(uris::indexOf).orElse(0);
		fill(() -> {
			combo.setItems(sites.stream().map(choices::name).toArray(String[]::new));
			combo.setVisibleItemCount(Math.min(15, Math.max(1, sites.size())));
			if (!sites.isEmpty()) {
				combo.select(selected);
			}
		});
		showSitesMissing();
	}

	/** The warning that the actor runs no site; else what was stored last, while the next event is entered. */
	private void showSitesMissing() {
		String missing = sitesMissing();
		if (missing == null && storedNote != null) {
			setMessage(storedNote, INFORMATION);
		} else {
			setMessage(missing, WARNING);
		}
	}

	/** @throws FieldError naming the field when none is chosen, or there is none to choose */
	protected final Location chosenSite(Combo combo, String field) {
		String missing = sitesMissing();
		if (sites.isEmpty() && missing != null) {
			throw new FieldError(field, missing);
		}
		return WizardChoices.chosen(combo, sites, field, fields());
	}

	/** That the actor runs no site, so only where the lot is can be chosen; or null when it runs some. */
	protected final String sitesMissing() {
		return actor == null || !choices.stepSites(actor.uri(), null).isEmpty() ? null
				: NLS.bind(Messages.EventWizard_noSites, fields().label(FIELD_SITE), choices.name(actor));
	}

	// ---- time

	/** The date and time fields in the workspace's zone; never in the future. */
	protected final OffsetDateTime eventTime() {
		OffsetDateTime at = at(date, time);
		if (at.isAfter(OffsetDateTime.now(clock))) {
			throw new FieldError(FIELD_DATE,
					NLS.bind(Messages.EventWizard_future, fields().label(FIELD_DATE), Times.format(at, clock.getZone())));
		}
		return at;
	}

	/** A date field and a time field, in the workspace's zone. */
	protected final OffsetDateTime at(DateTime day, Text hour) {
		return fields().minute(day, hour).atZone(clock.getZone()).toOffsetDateTime();
	}

	// ---- files

	/** The path typed, or null when the optional field is empty. */
	protected static Path path(String text) {
		return text.isBlank() ? null : Path.of(text.strip());
	}

	/** Adds the readings of a data logger's CSV export; its errors name the field. */
	protected final EventBuilder withSensors(EventBuilder event, Path log) throws IOException {
		if (log == null) {
			return event;
		}
		try (BufferedReader in = Files.newBufferedReader(readable(FIELD_SENSORS, log), StandardCharsets.UTF_8)) {
			SensorLogCsv.read(in, clock.getZone()).forEach(r -> r.addTo(event));
			return event;
		} catch (ValidationException e) {
			throw new FieldError(FIELD_SENSORS,
					NLS.bind(Messages.EventWizard_inFile, fields().label(FIELD_SENSORS), e.rule(WorkbenchLanguage.current())));
		}
	}

	/** @throws FieldError naming the field when the file is missing */
	protected final Path readable(String field, Path file) {
		if (!Files.isRegularFile(file)) {
			throw new FieldError(field, NLS.bind(Messages.EventWizard_noFile, fields().label(field), file));
		}
		return file;
	}

}
