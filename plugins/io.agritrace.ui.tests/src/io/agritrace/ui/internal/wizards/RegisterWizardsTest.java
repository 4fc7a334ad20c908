package io.agritrace.ui.internal.wizards;

import static io.agritrace.core.model.BatchValidator.FIELD_HARVEST_DATE;
import static io.agritrace.core.model.BatchValidator.FIELD_LOT;
import static io.agritrace.core.model.BatchValidator.FIELD_ORIGIN;
import static io.agritrace.core.model.BatchValidator.FIELD_QUANTITY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_CATEGORY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_CONTACT;
import static io.agritrace.core.model.MasterDataValidator.FIELD_COUNTY;
import static io.agritrace.core.model.MasterDataValidator.FIELD_DIVISION;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GLN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_GTIN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LATITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_LONGITUDE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_EN;
import static io.agritrace.core.model.MasterDataValidator.FIELD_NAME_ZH;
import static io.agritrace.core.model.MasterDataValidator.FIELD_ROLE;
import static io.agritrace.core.model.MasterDataValidator.FIELD_USCC;
import static io.agritrace.tests.harness.ui.UiTestSupport.screenshot;
import static io.agritrace.tests.harness.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.Test;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Certification;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.PartyRole;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.Categories;
import io.agritrace.service.CreditSettings;
import io.agritrace.service.WorkspaceZone;
import io.agritrace.store.TraceStore;
import io.agritrace.tests.harness.ui.Widgets;
import io.agritrace.tests.harness.ui.WorkbenchTestCase;
import io.agritrace.ui.BatchEditorInput;
import io.agritrace.ui.WorkbenchLanguage;
import io.agritrace.ui.WorkspaceStore;
import io.agritrace.ui.internal.ActingOrganisation;
import io.agritrace.ui.internal.CommonMessages;
import io.agritrace.ui.internal.views.NavigatorBot;

/**
 * The registration wizards: each checks as the user types, naming the field
 * and the rule in place, and stores a valid record on Finish.
 */
class RegisterWizardsTest extends WorkbenchTestCase {

	/** Fresh identifiers, so that tests sharing a workspace never meet each other's records. */
	private final FreshIds ids = new FreshIds("690999");
	private WizardBot wizard;

	@Override
	protected List<String> preferenceNodes() {
		return List.of("io.agritrace.ui", CreditSettings.NODE); //$NON-NLS-1$
	}

	@Override
	protected void tearDown() {
		if (wizard != null && wizard.isOpen()) {
			wizard.cancel();
		}
	}

	@Test
	void thePartyWizardChecksTheUsccAsTypedThenStoresTheParty() throws Exception {
		String uscc = ids.uscc();
		char wrong = uscc.charAt(17) == '0' ? '1' : '0';
		// Registered from the navigator, whose status line says what was stored.
		NavigatorBot.show(page);
		wizard = WizardBot.open(RegisterPartyWizard.ID);
		assertNull(wizard.error(), "a new form does not scold");
		assertFalse(wizard.canFinish());
		// The newcomer: 英文名称 was optional but not marked, while 联系电话 was; one rule marks every optional field.
		String optional = DisplayLanguage.isChinese(WorkbenchLanguage.current()) ? "\u53ef\u9009" : "optional";
		assertEquals(List.of(), Stream.of(FIELD_GLN, FIELD_NAME_EN, FIELD_CONTACT).filter(f -> !wizard.label(f).contains(optional))
				.toList(), "optional fields are marked so");
		assertEquals(List.of(), Stream.of(FIELD_USCC, FIELD_NAME_ZH, FIELD_ROLE, FIELD_COUNTY)
				.filter(f -> wizard.label(f).contains(optional)).toList(), "required fields are not");

		wizard.type(FIELD_USCC, uscc.substring(0, 17) + wrong);
		assertTrue(wizard.error().startsWith(CommonMessages.Field_uscc), wizard.error());
		assertTrue(wizard.error().contains(String.valueOf(uscc.charAt(17))), "names the right check character: " + wizard.error());
		assertTrue(wizard.marked(FIELD_USCC));
		assertFalse(wizard.canFinish());
		screenshot("wizard-party-error");

		wizard.type(FIELD_USCC, uscc).type(FIELD_NAME_ZH, "梅河口市水道镇稻米专业合作社")
				.type(FIELD_NAME_EN, "Meihekou Shuidao Rice Cooperative")
				.choose(FIELD_ROLE, PartyRole.COOPERATIVE.label(WorkbenchLanguage.current()));
		// The newcomer registered a farm in no county (所在区县 = 无).
		assertTrue(wizard.error().startsWith(CommonMessages.Field_county), "a cooperative needs its county: " + wizard.error());
		assertTrue(wizard.marked(FIELD_COUNTY));
		wizard.choose(FIELD_COUNTY, "220581").check(PartyPage.FIELD_ACTS_FOR);
		assertNull(wizard.error());
		assertFalse(wizard.marked(FIELD_USCC));
		// The two-line Chinese error cut in half: a long rule shows whole.
		wizard.type(FIELD_CONTACT, "12345");
		assertTrue(wizard.error().startsWith(CommonMessages.Field_contact), wizard.error());
		assertTrue(wizard.messageShownWhole(), wizard.error());
		screenshot("wizard-party-long-error");
		wizard.type(FIELD_CONTACT, "0435-88901234");
		assertNull(wizard.error());
		screenshot("wizard-party");
		wizard.finish();

		assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
		Party stored = store().masterData().parties().stream().filter(p -> uscc.equals(p.uscc())).findFirst().orElseThrow();
		assertEquals("220581", stored.county());
		assertEquals("cooperative", stored.role());
		assertEquals(stored.uri(), ActingOrganisation.uri(), "the workspace records for it from now on");
		// The newcomer: the wizard closed and nothing said the party was registered.
		String said = NLS.bind(Messages.PartyWizard_stored, stored.name(WorkbenchLanguage.current()));
		assertTrue(Widgets.all(page.getWorkbenchWindow().getShell(), CLabel.class).stream().anyMatch(l -> said.equals(l.getText())),
				"the status line says: " + said);
	}

	/**
	 * The newcomer's demo data, 13 parties and no organisation chosen: the box was ticked, so that the next
	 * party registered became the workspace's own. Only a workspace's first organisation is proposed.
	 */
	@Test
	void aWorkspaceWithPartiesDoesNotProposeTheNextAsItsOwn() throws Exception {
		NavigatorBot.show(page).withBatches();
		InstanceScope.INSTANCE.getNode("io.agritrace.ui").remove("organisation");
		assertNull(ActingOrganisation.uri());
		assertFalse(store().masterData().parties().stream().allMatch(Party::external), "the workspace has parties");

		wizard = WizardBot.open(RegisterPartyWizard.ID);
		assertFalse(wizard.checked(PartyPage.FIELD_ACTS_FOR), "not the workspace's first organisation");
		screenshot("wizard-party-not-first");
	}

	@Test
	void theProductWizardNamesAWrongCheckDigitAndTheRightOne() {
		String gtin = ids.gtin();
		char wrong = gtin.charAt(13) == '0' ? '1' : '0';
		wizard = WizardBot.open(RegisterProductWizard.ID);
		wizard.type(FIELD_GTIN, gtin.substring(0, 13) + wrong);
		assertTrue(wizard.error().startsWith(CommonMessages.Field_gtin), wizard.error());
		assertTrue(wizard.error().contains(String.valueOf(gtin.charAt(13))), wizard.error());

		registerProduct(wizard, gtin);
		assertTrue(store().masterData().products().stream().anyMatch(p -> p.gtin().equals(gtin)));
	}

	/** Registering a product again under its GTIN with another name would overwrite it with no history. */
	@Test
	void aGtinRegisteredAlreadyIsRefusedOnThePageAndTheProductKept() throws Exception {
		String gtin = ids.gtin();
		registerProduct(WizardBot.open(RegisterProductWizard.ID), gtin);

		wizard = WizardBot.open(RegisterProductWizard.ID).type(FIELD_GTIN, gtin).type(FIELD_NAME_ZH, "梅河香米")
				.type(FIELD_CATEGORY, Categories.name("rice", WorkbenchLanguage.current()));
		wizard.finish();
		assertTrue(wizard.isOpen(), "the page stays open to say why");
		String registeredAs = DisplayLanguage.name(WorkbenchLanguage.current(), "梅河大米", "Meihe rice");
		assertTrue(wizard.error().contains(gtin) && wizard.error().contains(registeredAs), wizard.error());
		screenshot("wizard-product-registered");
		assertEquals("梅河大米", store().masterData().productName(gtin, Locale.CHINESE).orElseThrow());
	}

	/** The lowercase codes ("rice") in the Product wizard: categories are chosen by name and stored as codes. */
	@Test
	void theProductWizardProposesCategoriesByNameAndStoresTheirCodes() {
		String gtin = ids.gtin();
		registerProduct(WizardBot.open(RegisterProductWizard.ID), gtin);
		assertEquals("rice", store().masterData().products().stream().filter(p -> p.gtin().equals(gtin)).findFirst()
				.orElseThrow().category());

		wizard = WizardBot.open(RegisterProductWizard.ID);
		String rice = Categories.name("rice", WorkbenchLanguage.current());
		waitUntil("the catalogue's categories", TIMEOUT_MS, () -> wizard.items(FIELD_CATEGORY).contains(rice));
		assertFalse(wizard.items(FIELD_CATEGORY).contains("rice"), String.valueOf(wizard.items(FIELD_CATEGORY)));
	}

	@Test
	void theLocationWizardWantsBothCoordinatesInRange() throws Exception {
		wizard = WizardBot.open(RegisterLocationWizard.ID);
		wizard.type(FIELD_GLN, ids.gln()).choose(FIELD_DIVISION, "220581").type(FIELD_NAME_ZH, "水道镇稻田")
				.type(FIELD_LATITUDE, "142.5").type(FIELD_LONGITUDE, "125.7");
		assertTrue(wizard.error().startsWith(CommonMessages.Field_latitude), wizard.error());
		assertTrue(wizard.marked(FIELD_LATITUDE));
		wizard.type(FIELD_LATITUDE, "42.53");
		assertNull(wizard.error());
		screenshot("wizard-location");
		wizard.finish();
		assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
	}

	@Test
	void aHarvestGetsAProposedLotItsTraceCodeAndOpensAsAStoredLot() throws Exception {
		String gtin = ids.gtin();
		String plot = "稻田" + ids.digits(6);
		registerProduct(WizardBot.open(RegisterProductWizard.ID), gtin);
		registerPlot(plot);

		wizard = WizardBot.open(RegisterHarvestWizard.ID).choose(FIELD_GTIN, gtin);
		String lot = wizard.text(FIELD_LOT);
		assertEquals(LocalDate.now(WorkspaceZone.clock()).format(DateTimeFormatter.BASIC_ISO_DATE) + "-1", lot);
		wizard.type(FIELD_QUANTITY, "0");
		assertTrue(wizard.error().startsWith(Messages.Field_quantity), wizard.error());
		assertTrue(wizard.marked(FIELD_QUANTITY));
		wizard.type(FIELD_QUANTITY, "12000").choose(FIELD_ORIGIN, plot).date(FIELD_HARVEST_DATE,
				LocalDate.now(WorkspaceZone.clock()).plusDays(1));
		assertTrue(wizard.error().startsWith(Messages.Field_harvestDate), wizard.error());
		wizard.date(FIELD_HARVEST_DATE, LocalDate.now(WorkspaceZone.clock())).check(Certification.GREEN_FOOD.code());
		String number = Certification.GREEN_FOOD.code() + CertificateFields.NUMBER;
		assertTrue(wizard.error().startsWith(Certificate.numberLabel(Certification.GREEN_FOOD, WorkbenchLanguage.current())),
				wizard.error());
		assertTrue(wizard.marked(number));
		wizard.type(number, "LB-18-1910123456A")
				.date(Certification.GREEN_FOOD.code() + CertificateFields.VALID_FROM, LocalDate.now(WorkspaceZone.clock()).minusYears(3))
				.date(Certification.GREEN_FOOD.code() + CertificateFields.VALID_UNTIL, LocalDate.now(WorkspaceZone.clock()).minusDays(1));
		assertTrue(wizard.error().contains("LB-18-1910123456A") && wizard.error().contains(LocalDate.now(WorkspaceZone.clock()).toString()),
				"a certificate that ended yesterday does not cover today's harvest: " + wizard.error());
		wizard.date(Certification.GREEN_FOOD.code() + CertificateFields.VALID_UNTIL, LocalDate.now(WorkspaceZone.clock()).plusYears(2));
		assertEquals(lot, wizard.text(FIELD_LOT), "the proposal stays while the date is today's");
		assertNull(wizard.error());
		String code = ProductBatch.codeOf(gtin, lot);
		assertEquals(code, wizard.text(HarvestPage.DIGITAL_LINK));
		String traceCode = wizard.text(HarvestPage.TRACE_CODE);
		screenshot("wizard-harvest");
		wizard.finish();

		assertFalse(wizard.isOpen(), String.valueOf(wizard.error()));
		ProductBatch stored = store().batches().find(code).orElseThrow();
		assertEquals(stored.traceCode(), traceCode);
		assertEquals(List.of(new Certificate(Certification.GREEN_FOOD, "LB-18-1910123456A",
				LocalDate.now(WorkspaceZone.clock()).minusYears(3),
				LocalDate.now(WorkspaceZone.clock()).plusYears(2))), stored.certificates());
		assertEquals("220581", stored.originDivision());
		assertEquals(ActingOrganisation.uri(), stored.producer(), "the organisation the workspace records for is proposed");
		List<EpcisEvent> events = store().traces().trace(code).all().events();
		assertEquals(List.of("harvesting"), events.stream().map(EpcisEvent::bizStep).toList());
		waitUntil("the lot's editor", TIMEOUT_MS, () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof BatchEditorInput in && in.batch().code().equals(code));
		NavigatorBot navigator = NavigatorBot.show(page);
		assertTrue(IntStream.range(0, navigator.rows()).anyMatch(row -> navigator.batch(row).code().equals(code)),
				"the navigator lists the new lot");
	}

	/**
	 * The newcomer's harvest date was Shanghai's today and the certificates'
	 * dates the machine's (UTC), a day apart, so that every certificate was
	 * refused: all start at the workspace's today, whatever the hour.
	 */
	@Test
	void everyDateOfTheHarvestStartsAtTheWorkspacesToday() {
		// Kiritimati (UTC+14) and Baker Island (UTC-12) are never on the same day: one is not on the machine's.
		ZoneId zone = Stream.of("Pacific/Kiritimati", "Etc/GMT+12").map(ZoneId::of)
				.filter(z -> !LocalDate.now(z).equals(LocalDate.now(ZoneId.systemDefault()))).findFirst().orElseThrow();
		InstanceScope.INSTANCE.getNode(CreditSettings.NODE).put(WorkspaceZone.KEY, zone.getId());
		wizard = WizardBot.open(RegisterHarvestWizard.ID);
		LocalDate today = LocalDate.now(WorkspaceZone.clock());
		assertEquals(today, wizard.day(FIELD_HARVEST_DATE));
		for (Certification label : Certification.values()) {
			assertEquals(today, wizard.day(label.code() + CertificateFields.VALID_FROM), label.code());
			assertEquals(today, wizard.day(label.code() + CertificateFields.VALID_UNTIL), label.code());
		}
	}

	@Test
	void aLotNumberTakenAlreadyIsRefusedAsTyped() {
		String gtin = ids.gtin();
		String plot = "稻田" + ids.digits(6);
		registerProduct(WizardBot.open(RegisterProductWizard.ID), gtin);
		registerPlot(plot);
		WizardBot first = WizardBot.open(RegisterHarvestWizard.ID).choose(FIELD_GTIN, gtin).type(FIELD_QUANTITY, "500")
				.choose(FIELD_ORIGIN, plot).finish();
		assertFalse(first.isOpen(), String.valueOf(first.error()));
		String taken = LocalDate.now(WorkspaceZone.clock()).format(DateTimeFormatter.BASIC_ISO_DATE) + "-1";

		wizard = WizardBot.open(RegisterHarvestWizard.ID).choose(FIELD_GTIN, gtin);
		assertEquals(LocalDate.now(WorkspaceZone.clock()).format(DateTimeFormatter.BASIC_ISO_DATE) + "-2", wizard.text(FIELD_LOT));
		wizard.type(FIELD_QUANTITY, "500").choose(FIELD_ORIGIN, plot).type(FIELD_LOT, taken);
		assertEquals(NLS.bind(Messages.HarvestWizard_lotTaken, Messages.Field_lot, taken), wizard.error());
		assertFalse(wizard.canFinish());
	}

	private TraceStore store() {
		return service(WorkspaceStore.class).get();
	}

	private static void registerProduct(WizardBot product, String gtin) {
		product.type(FIELD_GTIN, gtin).type(FIELD_NAME_ZH, "梅河大米").type(FIELD_NAME_EN, "Meihe rice")
				.type(FIELD_CATEGORY, Categories.name("rice", WorkbenchLanguage.current()));
		assertNull(product.error());
		product.finish();
		assertFalse(product.isOpen(), String.valueOf(product.error()));
	}

	private void registerPlot(String name) {
		WizardBot location = WizardBot.open(RegisterLocationWizard.ID).type(FIELD_GLN, ids.gln())
				.choose(FIELD_DIVISION, "220581").type(FIELD_NAME_ZH, name).type(FIELD_NAME_EN, name)
				.type(FIELD_LATITUDE, "42.53").type(FIELD_LONGITUDE, "125.69");
		location.finish();
		assertFalse(location.isOpen(), String.valueOf(location.error()));
	}
}
