package io.agritrace.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agritrace.core.model.Location;
import io.agritrace.core.model.MasterDataValidator;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.core.model.ValidationException;
import io.agritrace.core.trace.CustodyChain;
import io.agritrace.demo.DemoDataSet;
import io.agritrace.demo.JilinMasterData;
import io.agritrace.store.MasterDataChange;
import io.agritrace.store.MasterDataChange.Action;
import io.agritrace.store.MasterDataKind;
import io.agritrace.store.StoreException;
import io.agritrace.store.TraceStore;

/** Corrections of master data through the service every front end calls. */
class MasterDataEditorTest {

	/** A machine whose clock is UTC; the workspace's zone is Jilin's. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
	private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T10:30+08:00");
	private static final Party MILL = JilinMasterData.JILIN_MILL;

	@TempDir
	Path workspace;

	@Test
	void anEditStoresTheChangedFieldsWithWhoAndWhenInTheWorkspacesZone() {
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.masterData().register(JilinMasterData.PARTIES, List.of(), List.of());
			Party typed = new MasterDataValidator().party(MILL.uscc(), MILL.gln(), "吉林市昌邑米业股份有限公司",
					"Changyi Rice Co.", MILL.role(), MILL.county(), MILL.contact());

			List<MasterDataChange> changes = new MasterDataEditor(store, "wang.li", CLOCK).edit(MILL.uri(), typed);

			assertEquals(List.of(
					MasterDataChange.edited(MasterDataKind.PARTY, MILL.uri(), "name_zh", MILL.nameZh(), typed.nameZh(), "wang.li", AT),
					MasterDataChange.edited(MasterDataKind.PARTY, MILL.uri(), "name_en", MILL.nameEn(), "Changyi Rice Co.", "wang.li",
							AT)),
					changes);
			assertEquals(changes, store.masterData().history(MasterDataKind.PARTY, MILL.uri()));
			assertEquals("Changyi Rice Co.", store.masterData().partyName(MILL.uri(), Locale.ENGLISH));
			assertEquals(List.of(), new MasterDataEditor(store, "wang.li", CLOCK).edit(MILL.uri(), typed),
					"saving without a change stores nothing");
			assertEquals(2, store.masterData().history(MasterDataKind.PARTY, MILL.uri()).size());
		}
	}

	@Test
	void aRegistrationIsKeptWithWhoAndWhenAndRegisteringOtherFieldsUnderItsKeyIsRefused() {
		Product rice = JilinMasterData.MEIHE_RICE;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			MasterDataEditor editor = new MasterDataEditor(store, "wang.li", CLOCK);
			assertTrue(editor.register(MILL));
			assertTrue(editor.register(rice));
			assertFalse(editor.register(MILL), "the same party again changes nothing");

			Party renamed = new Party(MILL.uri(), MILL.uscc(), MILL.gln(), "昌邑米业", MILL.nameEn(), MILL.role(),
					MILL.county(), MILL.contact(), false);
			ValidationException party = assertThrows(ValidationException.class, () -> editor.register(renamed));
			assertEquals(MasterDataValidator.FIELD_GLN, party.field());
			assertEquals(MILL.gln() + " is registered already, as " + MILL.nameEn()
					+ ". To correct it, edit it in Master Data.", party.rule(Locale.ENGLISH));
			assertEquals(MILL.gln() + " 已登记为“" + MILL.nameZh() + "”。如需更正，请在“基础数据”中编辑。",
					party.rule(Locale.CHINESE));
			Party otherGln = new Party("https://id.gs1.org/417/6901234000090", MILL.uscc(), "6901234000090", "另一家米业",
					null, MILL.role(), MILL.county(), MILL.contact(), false);
			assertEquals(MasterDataValidator.FIELD_USCC,
					assertThrows(ValidationException.class, () -> editor.register(otherGln)).field(),
					"a USCC is one organisation's, whatever GLN is typed");
			Product relabelled = new Product(rice.gtin(), rice.nameZh(), rice.nameEn(), rice.category(), "TNE",
					rice.storageBand(), false);
			assertEquals(MasterDataValidator.FIELD_GTIN,
					assertThrows(ValidationException.class, () -> editor.register(relabelled)).field());

			assertEquals(MILL.nameZh(), store.masterData().partyName(MILL.uri(), Locale.CHINESE));
			assertEquals(List.of(MasterDataChange.of(MasterDataKind.PARTY, MILL.uri(), Action.REGISTERED, "wang.li", AT)),
					store.masterData().history(MasterDataKind.PARTY, MILL.uri()));
			assertEquals(List.of(Action.REGISTERED), store.masterData().history(MasterDataKind.PRODUCT, rice.gtin()).stream()
					.map(MasterDataChange::action).toList());
		}
	}

	@Test
	void theIdentifiersEventsReferToCannotChange() {
		Location paddy = JilinMasterData.MEIHE_PADDY;
		Product rice = JilinMasterData.MEIHE_RICE;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			store.masterData().register(JilinMasterData.PARTIES, List.of(paddy), List.of(rice));
			MasterDataEditor editor = new MasterDataEditor(store, "wang.li", CLOCK);
			Party otherGln = new Party("https://id.gs1.org/417/6901234000090", MILL.uscc(), "6901234000090", MILL.nameZh(),
					MILL.nameEn(), MILL.role(), MILL.county(), MILL.contact(), false);
			ValidationException gln = assertThrows(ValidationException.class, () -> editor.edit(MILL.uri(), otherGln));
			assertEquals(MasterDataValidator.FIELD_GLN, gln.field());
			assertEquals("gln stays " + MILL.gln() + ": events refer to this identifier, so it cannot change. "
					+ "To use another, register a new record.", gln.rule(Locale.ENGLISH));
			Location moved = new Location(JilinMasterData.JILIN_MILL_SITE.uri(), paddy.division(), paddy.nameZh(),
					paddy.nameEn(), paddy.latitude(), paddy.longitude(), paddy.operator(), false);
			assertEquals(MasterDataValidator.FIELD_GLN,
					assertThrows(ValidationException.class, () -> editor.edit(paddy.uri(), moved)).field());
			Product other = new Product("06901234000083", rice.nameZh(), rice.nameEn(), rice.category(), rice.unit(),
					rice.storageBand(), false);
			assertEquals(MasterDataValidator.FIELD_GTIN,
					assertThrows(ValidationException.class, () -> editor.edit(rice.gtin(), other)).field());
			assertThrows(StoreException.class, () -> editor.edit("https://id.gs1.org/414/6901234000991", paddy));

			assertEquals(List.of(paddy), store.masterData().locations());
			assertEquals(List.of(rice), store.masterData().products());
			assertEquals(List.of(), store.masterData().history(MasterDataKind.PARTY, MILL.uri()));
		}
	}

	@Test
	void aDeactivatedSiteIsNoLongerOfferedForNewRecordsButStaysInTheTrace() {
		DemoDataSet demo = new DemoDataSet(Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8)));
		Location cold = JilinMasterData.CHANGCHUN_COLD_SITE;
		try (TraceStore store = TraceStore.openWorkspace(workspace)) {
			demo.saveTo(store);
			MasterDataEditor editor = new MasterDataEditor(store, "wang.li", CLOCK);
			assertTrue(RecordingChoices.read(store, Locale.ENGLISH).sites().contains(cold));

			StoreException refused = assertThrows(StoreException.class, () -> editor.delete(MasterDataKind.LOCATION, cold.uri()));
			assertTrue(refused.text(Locale.ENGLISH).contains("Deactivate it instead"), refused.text(Locale.ENGLISH));
			editor.deactivate(MasterDataKind.LOCATION, cold.uri());

			RecordingChoices choices = RecordingChoices.read(store, Locale.ENGLISH);
			assertFalse(choices.sites().contains(cold));
			CustodyChain.Stop heldThere = choices.lots().stream().filter(l -> cold.uri().equals(l.location())).findFirst()
					.orElseThrow();
			String named = choices.lotName(heldThere);
			assertTrue(named.contains(cold.nameEn()) && !named.contains(cold.uri()), "a lot held there is named with its site: " + named);
			assertFalse(HarvestChoices.read(store).plots(cold.operator()).contains(cold));
			assertTrue(store.masterData().locations().contains(cold), "Master Data still lists it");
			assertEquals(cold.nameEn(), store.masterData().locationName(cold.uri(), Locale.ENGLISH), "traces still name it");

			editor.reactivate(MasterDataKind.LOCATION, cold.uri());
			assertTrue(RecordingChoices.read(store, Locale.ENGLISH).sites().contains(cold));
			assertEquals(List.of(Action.DEACTIVATED, Action.REACTIVATED), store.masterData()
					.history(MasterDataKind.LOCATION, cold.uri()).stream().map(MasterDataChange::action).toList());
		}
	}
}
