package io.agritrace.ui.internal.wizards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.Identifiers;
import io.agritrace.core.epcis.QuantityElement;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.rules.Correction;
import io.agritrace.core.text.Times;
import io.agritrace.service.Quantities;
import io.agritrace.service.StepNames;
import io.agritrace.ui.WorkbenchLanguage;

/**
 * Why a stored event is wrong and, when its data were wrong, the corrective
 * event prefilled from it: its time and each quantity, to change where they
 * were wrong. The original is never edited.
 */
final class CorrectionPage extends RecordPage<Correction> {

	static final String FIELD_REASON = "reason"; //$NON-NLS-1$
	static final String FIELD_DATE = "date"; //$NON-NLS-1$
	static final String FIELD_TIME = "time"; //$NON-NLS-1$
	private static final String EVENT = "event"; //$NON-NLS-1$
	private static final String HASH_ID = "hashId"; //$NON-NLS-1$
	private static final List<String> REASONS = List.of(Correction.INCORRECT_DATA, Correction.DID_NOT_OCCUR);

	/** One quantity of the original: the list it is in and its place there. */
	private record Line(String list, int index, QuantityElement element, String label) {
		String field() {
			return list + '.' + index;
		}
	}

	private final EpcisEvent original;
	private final Clock clock;
	/** In the original's own offset, which the corrective event keeps. */
	private final OffsetDateTime originalTime;
	private final List<Line> lines = new ArrayList<>();
	private final List<Text> quantities = new ArrayList<>();
	private BatchValidator validator;
	private Combo reason;
	private DateTime date;
	private Text time;

	CorrectionPage(EpcisEvent original, Clock clock) {
		super("correction", Messages.CorrectWizard_pageTitle, Messages.CorrectWizard_pageDescription); //$NON-NLS-1$
		this.original = original;
		this.clock = clock;
		this.originalTime = original.eventTime().atOffset(original.timeZone());
		addLines("quantityList", original.quantities(), Messages.CorrectWizard_quantity); //$NON-NLS-1$
		addLines("inputQuantityList", original.inputQuantities(), Messages.CorrectWizard_input); //$NON-NLS-1$
		addLines("outputQuantityList", original.outputQuantities(), Messages.CorrectWizard_output); //$NON-NLS-1$
		addLines("childQuantityList", original.childQuantities(), Messages.CorrectWizard_child); //$NON-NLS-1$
	}

	private void addLines(String list, List<QuantityElement> elements, String role) {
		for (int i = 0; i < elements.size(); i++) {
			String lot = Identifiers.lotNumber(elements.get(i).epcClass()).orElse(elements.get(i).epcClass());
			lines.add(new Line(list, i, elements.get(i), NLS.bind(role, lot)));
		}
	}

	@Override
	protected void createFields(FieldGrid grid) {
		validator = new BatchValidator(clock, grid::label);
		grid.shown(EVENT, Messages.CorrectWizard_event).setText(StepNames.of(original.bizStep(), WorkbenchLanguage.current())
				+ "  ·  " //$NON-NLS-1$
				+ Times.format(originalTime, clock.getZone()));
		grid.shown(HASH_ID, Messages.Field_hashId).setText(original.hashId().toString());
		reason = grid.choice(FIELD_REASON, Messages.CorrectWizard_reason,
				List.of(Messages.CorrectWizard_incorrectData, Messages.CorrectWizard_didNotOccur));
		reason.select(0);
		reason.addModifyListener(e -> enableCorrective());
		date = grid.date(FIELD_DATE, Messages.Field_date);
		// The fields show the original's time as it was recorded; an offset not the workspace's is named.
		time = grid.time(FIELD_TIME, Times.inZone(originalTime, clock.getZone()) ? Messages.Field_time
				: NLS.bind(Messages.Field_timeAtOffset, originalTime.getOffset().getId()));
		FieldGrid.show(date, time, originalTime.toLocalDateTime());
		for (Line line : lines) {
			Text quantity = grid.text(line.field(),
					line.label() + " (" + Quantities.unitName(line.element().uom(), WorkbenchLanguage.current()) + ')'); //$NON-NLS-1$
			quantity.setText(line.element().quantity().toPlainString());
			quantities.add(quantity);
		}
	}

	private void enableCorrective() {
		boolean corrective = reason.getSelectionIndex() == 0;
		List<Control> fields = new ArrayList<>(quantities);
		fields.add(date);
		fields.add(time);
		fields.forEach(c -> c.setEnabled(corrective));
	}

	@Override
	protected Correction read() {
		String chosen = REASONS.get(reason.getSelectionIndex());
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (Correction.DID_NOT_OCCUR.equals(chosen)) {
			return new Correction(original, chosen, null, now);
		}
		EventBuilder corrective = EventBuilder.copyOf(original);
		boolean changed = false;
		LocalDateTime typed = fields().minute(date, time);
		// The fields show minutes: an untouched time keeps the original's seconds and offset.
		if (!typed.equals(originalTime.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES))) {
			corrective.eventTime(typed.atOffset(originalTime.getOffset()));
			changed = true;
		}
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			BigDecimal quantity = validator.quantity(line.field(), quantities.get(i).getText());
			if (quantity.compareTo(line.element().quantity()) != 0) {
				corrective.requantify(line.list(), line.index(), quantity);
				changed = true;
			}
		}
		if (!changed) {
			throw new FieldError(FIELD_DATE, Messages.CorrectWizard_unchanged);
		}
		return new Correction(original, chosen, corrective.build(), now);
	}
}
