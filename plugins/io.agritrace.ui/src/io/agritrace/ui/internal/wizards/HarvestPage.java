package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.BatchValidator.FIELD_GTIN;
import static io.agritrace.core.model.BatchValidator.FIELD_HARVEST_DATE;
import static io.agritrace.core.model.BatchValidator.FIELD_LOT;
import static io.agritrace.core.model.BatchValidator.FIELD_ORIGIN;
import static io.agritrace.core.model.BatchValidator.FIELD_PRODUCER;
import static io.agritrace.core.model.BatchValidator.FIELD_QUANTITY;
import static io.agritrace.core.model.BatchValidator.FIELD_UNIT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Certification;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.HarvestChoices;
import io.agritrace.service.Labels;
import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;

/**
 * A cooperative's harvest: product, lot (proposed from the date, editable,
 * unique), quantity, date (not in the future), producer, plot (one of the
 * producer's sites, with a county: the lot's origin) and labels, each with its
 * certificate's number and validity (covering the harvest date); the trace
 * code and Digital Link the lot will have are shown as the fields are filled.
 */
final class HarvestPage extends RecordPage<Harvest> {

	/** Keys of the values shown, not typed. */
	static final String TRACE_CODE = "traceCode"; //$NON-NLS-1$
	static final String DIGITAL_LINK = "digitalLink"; //$NON-NLS-1$

	private final Clock clock;
	private HarvestChoices choices = new HarvestChoices(List.of(), List.of(), List.of(), Set.of());
	private BatchValidator validator;
	private Combo product;
	private Text lot;
	private Text quantity;
	private Combo unit;
	private DateTime date;
	private Combo plot;
	/** The plots {@link #plot} offers: the chosen producer's sites. */
	private List<Location> plots = List.of();
	private Combo producer;
	private final List<CertificateFields> certificates = new ArrayList<>();
	private Label traceCode;
	private Label digitalLink;
	private String proposedLot = ""; //$NON-NLS-1$

	HarvestPage(Clock clock) {
		super("harvest", Messages.HarvestWizard_title, Messages.HarvestWizard_description); //$NON-NLS-1$
		this.clock = clock;
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new BatchValidator(clock, grid::label);
		product = grid.choice(FIELD_GTIN, Messages.Field_product, List.of());
		product.addModifyListener(e -> {
			proposeLot();
			proposeUnit();
		});
		lot = grid.text(FIELD_LOT, Messages.Field_lot);
		lot.setTextLimit(20);
		quantity = grid.text(FIELD_QUANTITY, Messages.Field_quantity);
		unit = grid.choice(FIELD_UNIT, CommonMessages.Field_unit, BatchValidator.UNITS.stream()
				.map(unit -> Quantities.unitName(unit, WorkbenchLanguage.current())).toList());
		unit.select(0);
		date = grid.date(FIELD_HARVEST_DATE, Messages.Field_harvestDate);
		LocalDate today = LocalDate.now(clock);
		FieldGrid.show(date, today);
		date.addListener(SWT.Selection, e -> proposeLot());
		// The producer first: the plots offered are its sites.
		producer = grid.choice(FIELD_PRODUCER, CommonMessages.Field_producer, List.of());
		producer.addModifyListener(e -> offerPlots());
		plot = grid.choice(FIELD_ORIGIN, Messages.Field_plot, List.of());
		for (Certification c : Certification.values()) {
			certificates.add(new CertificateFields(grid, c, today));
		}
		traceCode = grid.shown(TRACE_CODE, Messages.Field_traceCode);
		digitalLink = grid.shown(DIGITAL_LINK, Messages.Field_digitalLink);
	}

	/** Offers what the store holds; until then there is nothing to choose. */
	void offer(HarvestChoices loaded) {
		choices = loaded;
		fill(() -> {
			product.setItems(loaded.products().stream().map(p -> Labels.product(p, WorkbenchLanguage.current())).toArray(String[]::new));
			producer.setItems(
					WizardChoices.withNone(loaded.producers().stream().map(p -> Labels.party(p, WorkbenchLanguage.current())).toList()));
			// The organisation the workspace records for produced it, unless the clerk says otherwise.
			String acting = ActingOrganisation.uri();
			producer.select(1 + loaded.producers().stream().map(Party::uri).toList().indexOf(acting));
			offerPlots();
		});
		if (loaded.products().isEmpty() || loaded.sites().isEmpty()) {
			setMessage(Messages.HarvestWizard_registerFirst, WARNING);
		}
	}

	/** The chosen producer's sites (the one chosen stays chosen, an only one is proposed). */
	private void offerPlots() {
		List<Location> offered = choices.plots(producerUri());
		if (offered.equals(plots) && plot.getItemCount() == offered.size()) {
			return;
		}
		int index = plot.getSelectionIndex();
		Location chosen = index < 0 || index >= plots.size() ? null : plots.get(index);
		plots = offered;
		fill(() -> {
			plot.setItems(offered.stream().map(l -> Labels.site(l, WorkbenchLanguage.current())).toArray(String[]::new));
			plot.setVisibleItemCount(Math.min(15, Math.max(1, offered.size())));
			int kept = offered.size() == 1 ? 0 : offered.indexOf(chosen);
			if (kept >= 0) {
				plot.select(kept);
			}
		});
	}

	private String producerUri() {
		Party chosen = WizardChoices.optional(producer, choices.producers());
		return chosen == null ? null : chosen.uri();
	}

	/**
	 * The plot chosen among the producer's sites, which must have a county: the lot's origin.
	 *
	 * @throws FieldError naming the plot field when there is none to choose, none is chosen or it has no county
	 */
	private Location chosenPlot() {
		if (plots.isEmpty()) {
			Party producedBy = WizardChoices.optional(producer, choices.producers());
			throw new FieldError(FIELD_ORIGIN, producedBy == null
					? NLS.bind(Messages.HarvestWizard_noProducer, fields().label(FIELD_ORIGIN))
					: NLS.bind(Messages.HarvestWizard_noPlots, fields().label(FIELD_ORIGIN),
							Labels.party(producedBy, WorkbenchLanguage.current())));
		}
		Location place = WizardChoices.chosen(plot, plots, FIELD_ORIGIN, fields());
		if (place.division() == null) {
			throw new FieldError(FIELD_ORIGIN, NLS.bind(Messages.HarvestWizard_noCounty, fields().label(FIELD_ORIGIN),
					Labels.site(place, WorkbenchLanguage.current())));
		}
		return place;
	}

	@Override
	protected Harvest read() {
		traceCode.setText(""); //$NON-NLS-1$
		digitalLink.setText(""); //$NON-NLS-1$
		Product chosen = WizardChoices.chosen(product, choices.products(), FIELD_GTIN, fields());
		String lotNumber = validator.lot(lot.getText());
		BigDecimal amount = validator.quantity(quantity.getText());
		Location place = chosenPlot();
		LocalDate harvested = harvestDate();
		Party producedBy = WizardChoices.optional(producer, choices.producers());
		ProductBatch batch = validator.validate(chosen.gtin(), lotNumber, chosen.nameZh(), amount,
				BatchValidator.UNITS.get(unit.getSelectionIndex()), harvested, place.division())
				.withProducer(producedBy == null ? null : producedBy.uri()).withCertificates(certificates(harvested));
		if (choices.batchCodes().contains(batch.code())) {
			throw new FieldError(FIELD_LOT,
					NLS.bind(Messages.HarvestWizard_lotTaken, fields().label(FIELD_LOT), lotNumber));
		}
		traceCode.setText(batch.traceCode());
		digitalLink.setText(batch.code());
		return new Harvest(batch, StepEvents.harvest(eventTime(harvested), batch.code(), batch.quantity(), batch.unit(),
				place.uri()).build());
	}

	private LocalDate harvestDate() {
		return FieldGrid.day(date);
	}

	/**
	 * Noon of the harvest day, or now when that is still to come today: to the
	 * minute, as times are shown and typed, so that a shipment recorded in the
	 * same minute is not before it.
	 */
	private OffsetDateTime eventTime(LocalDate day) {
		OffsetDateTime now = OffsetDateTime.now(clock).withSecond(0).withNano(0);
		OffsetDateTime noon = OffsetDateTime.of(day, LocalTime.NOON, now.getOffset());
		return noon.isAfter(now) ? now : noon;
	}

	/** The certificates of the labels checked, each checked against the harvest date. */
	private List<Certificate> certificates(LocalDate harvested) {
		return certificates.stream().map(fields -> fields.read(harvested)).filter(Objects::nonNull).toList();
	}

	/** The unit the catalogue counts the chosen product in. */
	private void proposeUnit() {
		int chosen = product.getSelectionIndex();
		String counted = chosen < 0 ? null : choices.products().get(chosen).unit();
		if (counted != null && BatchValidator.UNITS.contains(counted)) {
			fill(() -> unit.select(BatchValidator.UNITS.indexOf(counted)));
		}
	}

	/** The date and the first free number, e.g. 20261001-2, unless the user typed a lot of their own. */
	private void proposeLot() {
		if (!lot.getText().equals(proposedLot) || product.getSelectionIndex() < 0) {
			return;
		}
		String gtin = choices.products().get(product.getSelectionIndex()).gtin();
		proposedLot = LotNumbers.firstFree(gtin, harvestDate(), choices.batchCodes());
		fill(() -> lot.setText(proposedLot));
	}
}
