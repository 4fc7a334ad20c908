package io.agritrace.ui.internal.wizards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EventBuilder;
import io.agritrace.core.epcis.StepEvents;
import io.agritrace.core.model.BatchValidator;
import io.agritrace.core.model.Location;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.core.model.TypicalYield;
import io.agritrace.core.rules.CustodyRules;
import io.agritrace.core.rules.RuleTexts;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.service.Quantities;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.internal.CommonMessages;

/**
 * A processor's transformation: up to three input lots it holds, with the
 * quantity of each used, become one new lot of an output product. The yield
 * is shown as the fields change; an output heavier than the inputs breaks the
 * custody rules' conservation rule, which marks the output quantity.
 */
final class TransformationPage extends EventPage {

	static final String FIELD_KIND = "kind"; //$NON-NLS-1$
	static final String FIELD_OUTPUT_PRODUCT = "outputProduct"; //$NON-NLS-1$
	static final String FIELD_OUTPUT_LOT = "outputLot"; //$NON-NLS-1$
	static final String FIELD_OUTPUT_QUANTITY = "outputQuantity"; //$NON-NLS-1$
	static final String FIELD_OUTPUT_UNIT = "outputUnit"; //$NON-NLS-1$
	static final String YIELD = "yield"; //$NON-NLS-1$
	static final int INPUTS = 3;

	private Combo kind;
	private final LotChooser[] inputs = new LotChooser[INPUTS];
	private final Text[] used = new Text[INPUTS];
	private Combo site;
	private Combo product;
	private Text lot;
	private Text quantity;
	private Combo unit;
	private Label yield;
	private String proposedLot = ""; //$NON-NLS-1$

	TransformationPage(Clock clock) {
		super(EventStep.TRANSFORMATION.name(), EventStep.TRANSFORMATION.label(), EventStep.TRANSFORMATION.description(),
				clock);
	}

	static String inputField(int i) {
		return FIELD_LOT + (i + 1);
	}

	static String usedField(int i) {
		return FIELD_QUANTITY + (i + 1);
	}

	@Override
	protected void createStepFields(FieldGrid grid) {
		kind = grid.choice(FIELD_KIND, Messages.Field_kind,
				Arrays.stream(TransformationKind.values()).map(TransformationKind::label).toList());
		kind.select(0);
		for (int i = 0; i < INPUTS; i++) {
			int row = i;
			// Three inputs: each list shows only while its field has the focus, or the page would not fit the screen.
			inputs[i] = lotField(grid, inputField(i), NLS.bind(Messages.Field_input, i + 1), true);
			inputs[i].onChoice(() -> proposeFromInput(row));
			used[i] = grid.text(usedField(i), NLS.bind(Messages.Field_inputUsed, i + 1));
		}
		site = siteField(grid, Messages.Field_site);
		product = grid.choice(FIELD_OUTPUT_PRODUCT, Messages.Field_outputProduct, List.of());
		product.addModifyListener(e -> proposeLot());
		lot = grid.text(FIELD_OUTPUT_LOT, Messages.Field_outputLot);
		lot.setTextLimit(20);
		quantity = grid.text(FIELD_OUTPUT_QUANTITY, Messages.Field_outputQuantity);
		unit = grid.choice(FIELD_OUTPUT_UNIT, CommonMessages.Field_unit,
				BatchValidator.UNITS.stream().map(unit -> Quantities.unitName(unit, WorkbenchLanguage.current())).toList());
		unit.select(0);
		yield = grid.shown(YIELD, Messages.Field_yield);
	}

	@Override
	protected void offerChoices() {
		for (int i = 0; i < INPUTS; i++) {
			offerLots(inputs[i]);
		}
		offerSites(site, inputs[0].chosen() == null ? null : inputs[0].chosen().location(), null);
		product.setItems(choices().products().stream().map(choices()::name).toArray(String[]::new));
		product.setVisibleItemCount(Math.min(15, Math.max(1, product.getItemCount())));
	}

	/** The next transformation's own quantities and output lot; the kind and site stay. */
	@Override
	protected void clearItems() {
		for (Text text : used) {
			text.setText(""); //$NON-NLS-1$
		}
		quantity.setText(""); //$NON-NLS-1$
		proposedLot = ""; //$NON-NLS-1$
		lot.setText(proposedLot);
	}

	/** A newly chosen input proposes all of it as used, and the first one its site, offered first. */
	private void proposeFromInput(int row) {
		CustodyChain.Stop input = inputs[row].chosen();
		if (input == null) {
			return;
		}
		if (input.held() != null) {
			fill(() -> used[row].setText(input.held().toPlainString()));
		}
		if (row == 0) {
			offerSites(site, input.location(), null);
		}
	}

	/** Today's date and the first free number, unless the user typed a lot of their own. */
	private void proposeLot() {
		if (!lot.getText().equals(proposedLot) || product.getSelectionIndex() < 0) {
			return;
		}
		String gtin = choices().products().get(product.getSelectionIndex()).gtin();
		proposedLot = LotNumbers.firstFree(gtin, LocalDate.now(clock()), choices().batches().keySet());
		fill(() -> lot.setText(proposedLot));
	}

	@Override
	protected EventDraft read() {
		yield.setText(""); //$NON-NLS-1$
		setMessage(sitesMissing(), WARNING);
		TransformationKind chosenKind = WizardChoices.chosen(kind, Arrays.asList(TransformationKind.values()), FIELD_KIND,
				fields());
		List<CustodyChain.Stop> in = new ArrayList<>();
		List<BigDecimal> amounts = new ArrayList<>();
		for (int i = 0; i < INPUTS; i++) {
			CustodyChain.Stop input = i == 0 ? chosenLot(inputs[0], inputField(0)) : inputs[i].chosen();
			if (input != null) {
				if (in.stream().anyMatch(earlier -> earlier.item().equals(input.item()))) {
					throw new FieldError(inputField(i),
							NLS.bind(Messages.EventWizard_inputTwice, fields().label(inputField(i))));
				}
				in.add(input);
				amounts.add(quantityOf(input, usedField(i), used[i].getText()));
			}
		}
		Location at = chosenSite(site, FIELD_SITE);
		Product output = WizardChoices.chosen(product, choices().products(), FIELD_OUTPUT_PRODUCT, fields());
		String lotNumber = validator().lot(lot.getText());
		BigDecimal made = validator().quantity(FIELD_OUTPUT_QUANTITY, quantity.getText());
		String uom = BatchValidator.UNITS.get(unit.getSelectionIndex());
		OffsetDateTime time = eventTime();
		ProductBatch batch = outputBatch(output, lotNumber, made, uom, in.get(0), at, time);
		if (choices().batches().containsKey(batch.code())) {
			throw new FieldError(FIELD_OUTPUT_LOT,
					NLS.bind(Messages.HarvestWizard_lotTaken, fields().label(FIELD_OUTPUT_LOT), lotNumber));
		}
		EventBuilder builder = StepEvents.transformation(time, chosenKind.bizStep(), at.uri());
		for (int i = 0; i < in.size(); i++) {
			builder.input(in.get(i).item(), amounts.get(i), in.get(i).uom());
		}
		EpcisEvent event = builder.output(batch.code(), made, uom).build();
		// The custody rules decide; the message names the form's field rather than the event's.
		if (CustodyRules.conservation(event).isPresent()) {
			throw new FieldError(FIELD_OUTPUT_QUANTITY,
					NLS.bind(Messages.EventWizard_notConserved, new Object[] { fields().label(FIELD_OUTPUT_QUANTITY),
							Quantities.of(made, uom, WorkbenchLanguage.current()),
							Quantities.of(CustodyRules.kilograms(event.inputQuantities()), "KGM", //$NON-NLS-1$
									WorkbenchLanguage.current()) }));
		}
		checkProducts(chosenKind, output, event);
		showYield(chosenKind, output.category(), event);
		return () -> new EventRecord(List.of(batch), event, null);
	}

	/**
	 * The new lot carries the harvest date and county of origin of its first
	 * input where that is registered; else today and the site's county.
	 */
	private ProductBatch outputBatch(Product output, String lotNumber, BigDecimal made, String uom,
			CustodyChain.Stop first, Location at, OffsetDateTime time) {
		ProductBatch from = choices().batches().get(first.item());
		LocalDate harvested = from == null ? time.toLocalDate() : from.harvestDate();
		String origin = from != null ? from.originDivision() : at.division() != null ? at.division() : actor().county();
		return validator().validate(output.gtin(), lotNumber, output.nameZh(), made, uom, harvested, origin);
	}

	/** Core's rule that the output is a product the inputs make in this kind of step, naming the form's fields. */
	private void checkProducts(TransformationKind chosenKind, Product output, EpcisEvent event) {
		Map<String, String> categories = choices().products().stream()
				.collect(Collectors.toMap(Product::gtin, Product::category, (a, b) -> a));
		for (RuleViolation broken : CustodyRules.products(event, gtin -> Optional.ofNullable(categories.get(gtin)))) {
			String made = output.name(WorkbenchLanguage.current());
			throw new FieldError(FIELD_OUTPUT_PRODUCT, broken.message().key() == RuleTexts.Rule_notMadeFrom
					? NLS.bind(Messages.EventWizard_notMadeFrom, new Object[] { fields().label(FIELD_OUTPUT_PRODUCT), made,
							event.inputQuantities().stream().map(q -> choices().lotLabel(q.epcClass()).strip())
									.collect(Collectors.joining(", ")) }) //$NON-NLS-1$
					: NLS.bind(Messages.EventWizard_notMadeBy,
							new Object[] { fields().label(FIELD_OUTPUT_PRODUCT), chosenKind.label(), made }));
		}
	}

	private void showYield(TransformationKind chosenKind, String category, EpcisEvent event) {
		BigDecimal in = CustodyRules.kilograms(event.inputQuantities());
		BigDecimal out = CustodyRules.kilograms(event.outputQuantities());
		if (in == null || out == null || in.signum() == 0) {
			return;
		}
		BigDecimal percent = out.multiply(BigDecimal.valueOf(100)).divide(in, 1, RoundingMode.HALF_UP);
		Optional<TypicalYield> typical = TypicalYield.of(chosenKind.bizStep(), category);
		yield.setText(typical.isPresent()
				? NLS.bind(Messages.EventWizard_yieldTypical,
						new Object[] { percent.toPlainString(), chosenKind.label(), typical.get().range() })
				: NLS.bind(Messages.EventWizard_yield, percent.toPlainString()));
		if (typical.isPresent() && !typical.get().typical(percent)) {
			setMessage(NLS.bind(Messages.EventWizard_unusualYield, percent.toPlainString(), typical.get().range()), WARNING);
		}
	}
}
