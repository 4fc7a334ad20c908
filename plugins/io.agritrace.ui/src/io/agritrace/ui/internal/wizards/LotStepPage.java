package io.agritrace.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Sscc;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * The steps that name one lot the acting organisation holds, at one of its
 * sites: shipping (to whom and where, with the data logger's readings),
 * storing (with readings), retail selling and destroying; and inspecting,
 * which names any lot, its result and the report file.
 */
final class LotStepPage extends EventPage {

	static final String FIELD_TO_PARTY = "toParty"; //$NON-NLS-1$
	static final String FIELD_TO_SITE = "toSite"; //$NON-NLS-1$
	static final String FIELD_RESULT = "result"; //$NON-NLS-1$
	static final String FIELD_REPORT = "report"; //$NON-NLS-1$
	static final String FIELD_SSCC = "sscc"; //$NON-NLS-1$
	static final String FIELD_ARRIVAL_DATE = "expectedArrival"; //$NON-NLS-1$
	static final String FIELD_ARRIVAL_TIME = "expectedArrivalTime"; //$NON-NLS-1$

	private final EventStep step;
	private final RecordingMemory memory;
	/** The organisations {@link #toParty} offers. */
	private List<Party> receivers = List.of();
	private List<Location> toSites = List.of();
	/** The lot to propose until an event is stored, or null. */
	private String proposedLot;
	private LotChooser lot;
	private FieldGrid.Quantity quantity;
	private Combo site;
	private Combo toParty;
	private Combo toSite;
	private Combo result;
	private Text report;
	private Text sensors;
	private Text sscc;
	private DateTime arrivalDate;
	private Text arrivalTime;
	private CustodyChain.Stop proposedFor;

	/** @param proposedLot the lot to propose (Ship… on a lot), or null */
	LotStepPage(EventStep step, Clock clock, RecordingMemory memory, String proposedLot) {
		super(step.name(), step.label(), step.description(), clock);
		this.step = step;
		this.memory = memory;
		this.proposedLot = proposedLot;
	}

	@Override
	protected void createStepFields(FieldGrid grid) {
		lot = lotField(grid, FIELD_LOT, Messages.Field_lot, false);
		lot.onChoice(this::proposeFromLot);
		quantity = grid.quantity(FIELD_QUANTITY, step == EventStep.INSPECTING ? Messages.Field_sample : Messages.Field_quantity);
		site = siteField(grid, step == EventStep.SHIPPING ? Messages.Field_fromSite : Messages.Field_site);
		switch (step) {
		case SHIPPING -> {
			toParty = grid.choice(FIELD_TO_PARTY, Messages.Field_toParty, List.of());
			toParty.addModifyListener(e -> offerToSites());
			toSite = grid.choice(FIELD_TO_SITE, Messages.Field_toSite, List.of());
			sensors = grid.file(FIELD_SENSORS, Messages.Field_sensors, "*.csv"); //$NON-NLS-1$
		}
		case STORING -> sensors = grid.file(FIELD_SENSORS, Messages.Field_sensors, "*.csv"); //$NON-NLS-1$
		case PACKING -> sscc = grid.text(FIELD_SSCC, Messages.Field_sscc);
		case INSPECTING -> {
			result = grid.choice(FIELD_RESULT, Messages.Field_result,
					List.of(StepNames.of("conformant", WorkbenchLanguage.current()), //$NON-NLS-1$
							StepNames.of("non_conformant", WorkbenchLanguage.current()))); //$NON-NLS-1$
			result.select(0);
			report = grid.file(FIELD_REPORT, Messages.Field_reportOptional, "*.pdf", "*.*"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		default -> {
			// Retail selling and destroying need only the lot, quantity and site.
		}
		}
	}

	/** A shipment's expected arrival follows its own date and time, as it follows them in the world. */
	@Override
	protected void createFieldsAfterTime(FieldGrid grid) {
		if (step == EventStep.SHIPPING) {
			arrivalDate = grid.date(FIELD_ARRIVAL_DATE, Messages.Field_expectedArrival);
			arrivalTime = grid.time(FIELD_ARRIVAL_TIME, Messages.Field_expectedArrivalTime);
			FieldGrid.show(arrivalDate, arrivalTime, LocalDateTime.now(clock()).plusDays(1));
		}
	}

	@Override
	protected void offerChoices() {
		offerLots(lot);
		quantity.showUnit(lot.chosen() == null ? null : lot.chosen().uom());
		offerSites(site, lot.chosen() == null ? null : lot.chosen().location(), memory.uri(step, FIELD_SITE));
		if (toParty != null) {
			receivers = choices().receivers(actor() == null ? null : actor().uri());
			toParty.setItems(receivers.stream().map(choices()::name).toArray(String[]::new));
			toParty.setVisibleItemCount(Math.min(15, Math.max(1, receivers.size())));
			String remembered = memory.uri(step, FIELD_TO_PARTY);
			for (int i = 0; i < receivers.size(); i++) {
				if (receivers.get(i).uri().equals(remembered)) {
					toParty.select(i);
				}
			}
			offerToSites();
		}
		proposedFor = null;
		if (proposedLot != null) {
			lot.propose(proposedLot);
			proposeFromLot();
		}
	}

	/**
	 * The receiving organisation's sites that can receive (not its fields):
	 * the one remembered or, when it has only one, that one is proposed.
	 */
	private void offerToSites() {
		int chosen = toParty.getSelectionIndex();
		Party receiver = chosen < 0 || chosen >= receivers.size() ? null : receivers.get(chosen);
		List<Location> offered = choices().receivingSites(receiver == null ? null : receiver.uri());
		if (offered.equals(toSites) && toSite.getItemCount() == offered.size()) {
			return;
		}
		toSites = offered;
		String remembered = memory.uri(step, FIELD_TO_SITE);
		fill(() -> {
			toSite.setItems(offered.stream().map(choices()::name).toArray(String[]::new));
			toSite.setVisibleItemCount(Math.min(15, Math.max(1, offered.size())));
			for (int i = 0; i < offered.size(); i++) {
				if (offered.size() == 1 || offered.get(i).uri().equals(remembered)) {
					toSite.select(i);
				}
			}
		});
	}

	/** The next event's own quantity, case and files; the places and the receiver stay. */
	@Override
	protected void clearItems() {
		quantity.amount().setText(""); //$NON-NLS-1$
		for (Text text : new Text[] { sscc, sensors, report }) {
			if (text != null) {
				text.setText(""); //$NON-NLS-1$
			}
		}
	}

	/** The places named, proposed next time; the next event names a lot of its own. */
	@Override
	void remember() {
		proposedLot = null;
		memory.uri(step, FIELD_SITE, chosenSite(site, FIELD_SITE).uri());
		if (toParty != null) {
			memory.uri(step, FIELD_TO_PARTY, WizardChoices.chosen(toParty, receivers, FIELD_TO_PARTY, fields()).uri());
			memory.uri(step, FIELD_TO_SITE, WizardChoices.chosen(toSite, toSites, FIELD_TO_SITE, fields()).uri());
		}
	}

	@Override
	protected boolean mayName(CustodyChain.Stop held) {
		// An inspector samples lots that others hold.
		return step == EventStep.INSPECTING || super.mayName(held);
	}

	/** A newly chosen lot proposes its whole quantity and the site where it is. */
	private void proposeFromLot() {
		CustodyChain.Stop held = lot.chosen();
		quantity.showUnit(held == null ? null : held.uom());
		if (held == null || held.equals(proposedFor)) {
			return;
		}
		proposedFor = held;
		if (step != EventStep.INSPECTING && held.held() != null) {
			fill(() -> quantity.amount().setText(held.held().toPlainString()));
		}
		// The lot is where it is held, whatever site was remembered; a site the user picked stays.
		offerSites(site, held.location(), memory.uri(step, FIELD_SITE));
		proposeSscc();
	}

	/** A new case's SSCC from the packer's GS1 company prefix, when its GLN gives one and none was typed. */
	private void proposeSscc() {
		String gln = actor() == null ? null : actor().gln();
		if (sscc != null && sscc.getText().isBlank() && gln != null) {
			fill(() -> sscc.setText(Sscc.propose(gln, clock().millis() / 1000)));
		}
	}

	@Override
	protected EventDraft read() {
		CustodyChain.Stop held = chosenLot(lot, FIELD_LOT);
		BigDecimal amount = quantityOf(held, FIELD_QUANTITY, quantity.amount().getText());
		Location at = chosenSite(site, FIELD_SITE);
		OffsetDateTime time = eventTime();
		return switch (step) {
		case SHIPPING -> {
			Party to = WizardChoices.chosen(toParty, receivers, FIELD_TO_PARTY, fields());
			Location there = WizardChoices.chosen(toSite, toSites, FIELD_TO_SITE, fields());
			OffsetDateTime arrival = at(arrivalDate, arrivalTime);
			if (arrival.isBefore(time)) {
				throw new FieldError(FIELD_ARRIVAL_DATE,
						NLS.bind(Messages.EventWizard_arrivalBeforeShipping, new Object[] { fields().label(FIELD_ARRIVAL_DATE),
								Times.format(arrival, clock().getZone()), Times.format(time, clock().getZone()) }));
			}
			Path log = path(sensors.getText());
			StepEvents.Handover handover = new StepEvents.Handover(actor().uri(), at.uri(), to.uri(), there.uri());
			yield () -> event(withSensors(StepEvents.shipping(time, held.item(), amount, held.uom(), handover, arrival), log));
		}
		case STORING -> {
			Path log = path(sensors.getText());
			yield () -> event(withSensors(StepEvents.storing(time, held.item(), amount, held.uom(), at.uri()), log));
		}
		case INSPECTING -> {
			boolean conformant = result.getSelectionIndex() == 0;
			Path file = path(report.getText());
			yield () -> {
				EventRecord.Report kept = file == null ? null
						: new EventRecord.Report(file, sha256(readable(FIELD_REPORT, file)));
				String uri = kept == null ? null : StepEvents.reportUri(kept.sha256());
				return new EventRecord(List.of(), StepEvents
						.inspecting(time, held.item(), amount, held.uom(), at.uri(), conformant, uri).build(), kept);
			};
		}
		case PACKING -> {
			String parent = Sscc.uri(Sscc.validate(FIELD_SSCC, fields().label(FIELD_SSCC), sscc.getText()));
			yield () -> event(StepEvents.packing(time, parent, held.item(), amount, held.uom(), at.uri()));
		}
		case RETAIL_SELLING -> () -> event(StepEvents.retailSelling(time, held.item(), amount, held.uom(), at.uri()));
		case DESTROYING -> () -> event(StepEvents.destroying(time, held.item(), amount, held.uom(), at.uri()));
		default -> throw new IllegalStateException(step.name());
		};
	}

	private static EventRecord event(EventBuilder event) {
		return new EventRecord(List.of(), event.build(), null);
	}

	private static byte[] sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return digest.digest();
	}
}
