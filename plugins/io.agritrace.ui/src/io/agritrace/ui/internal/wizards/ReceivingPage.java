package io.agritrace.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;

import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.text.Times;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Receiving: the shipments addressed to the acting organisation that await
 * receipt, and the quantity that arrived; a short receipt is flagged, not refused.
 */
final class ReceivingPage extends EventPage {

	static final String FIELD_SHIPMENT = "shipment"; //$NON-NLS-1$

	private List<CustodyChain.Transit> shipments = List.of();
	private Combo shipment;
	private FieldGrid.Quantity quantity;
	private CustodyChain.Transit proposedFor;

	ReceivingPage(Clock clock) {
		super(EventStep.RECEIVING.name(), EventStep.RECEIVING.label(), EventStep.RECEIVING.description(), clock);
	}

	@Override
	protected void createStepFields(FieldGrid grid) {
		shipment = grid.choice(FIELD_SHIPMENT, Messages.Field_shipment, List.of());
		shipment.addModifyListener(e -> proposeQuantity());
		quantity = grid.quantity(FIELD_QUANTITY, Messages.Field_received);
	}

	@Override
	protected void offerChoices() {
		shipments = choices().shipments().stream()
				.filter(s -> actor() != null && actor().uri().equals(s.toParty()) && s.toLocation() != null).toList();
		shipment.setItems(shipments.stream().map(this::name).toArray(String[]::new));
		shipment.setVisibleItemCount(Math.min(15, Math.max(1, shipments.size())));
		proposedFor = null;
		quantity.showUnit(null);
		if (actor() != null && shipments.isEmpty()) {
			setMessage(NLS.bind(Messages.EventWizard_nothingToReceive, choices().name(actor())), WARNING);
		}
	}

	/** The next shipment's own quantity received. */
	@Override
	protected void clearItems() {
		quantity.amount().setText(""); //$NON-NLS-1$
	}

	/** "梅河大米 20261001-1 · 12,000 kg · from 吉林米业 · shipped 2026-10-03 08:00" */
	private String name(CustodyChain.Transit s) {
		return NLS.bind(Messages.EventWizard_shipmentName,
				new Object[] { choices().lotLabel(s.item()), choices().amount(s), choices().partyName(s.from().party()),
						Times.format(s.left(), clock().getZone()) });
	}

	private void proposeQuantity() {
		int index = shipment.getSelectionIndex();
		if (index < 0 || index >= shipments.size() || shipments.get(index).equals(proposedFor)) {
			return;
		}
		proposedFor = shipments.get(index);
		quantity.showUnit(proposedFor.uom());
		if (proposedFor.quantity() != null) {
			fill(() -> quantity.amount().setText(proposedFor.quantity().toPlainString()));
		}
	}

	@Override
	protected EventDraft read() {
		CustodyChain.Transit s = WizardChoices.chosen(shipment, shipments, FIELD_SHIPMENT, fields());
		BigDecimal received = validator().quantity(FIELD_QUANTITY, quantity.amount().getText());
		if (s.quantity() != null && received.compareTo(s.quantity()) > 0) {
			throw new FieldError(FIELD_QUANTITY,
					NLS.bind(Messages.EventWizard_moreThanShipped, new Object[] { fields().label(FIELD_QUANTITY),
							Quantities.of(received, s.uom(), WorkbenchLanguage.current()),
							Quantities.of(s.quantity(), s.uom(), WorkbenchLanguage.current()) }));
		}
		OffsetDateTime time = eventTime();
		if (s.quantity() != null && received.compareTo(s.quantity()) < 0) {
			setMessage(
					NLS.bind(Messages.EventWizard_shortReceipt,
							Quantities.of(s.quantity().subtract(received), s.uom(), WorkbenchLanguage.current())),
					WARNING);
		} else {
			setMessage(null);
		}
		return () -> new EventRecord(List.of(),
				StepEvents.receiving(time, s.item(), received, s.uom(), new StepEvents.Handover(s.from().party(),
						s.from().location(), s.toParty(), s.toLocation())).build(),
				null);
	}
}
