package io.agritrace.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agritrace.core.model.Certification;
import io.agritrace.core.model.Uscc;
import io.agritrace.core.model.ValidationException;

class MasterDataCsvTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.ofHours(8));

	private static MasterDataCsv.Result read(String csv) throws Exception {
		return MasterDataCsv.read(new BufferedReader(new StringReader(csv)), CLOCK);
	}

	@Test
	void readsBatchesWithCertificationsAndReportsEveryBadRowByLine() throws Exception {
		MasterDataCsv.Result result = read("""
				gtin,lot,product,quantity,unit,harvest_date,origin,certifications
				06901234000030,MR-1,"梅河大米, 5 kg",1200,KGM,2026-10-20,220581,gi;green_food
				06901234000031,MR-2,rice,10,KGM,2026-10-20,220581,
				06901234000030,MR-3,rice,ten,KGM,2026-10-20,220581,
				06901234000030,MR-4,rice,10,KGM,2026-10-20,220381,organic
				""");
		assertEquals(1, result.batches().size());
		assertEquals("梅河大米, 5 kg", result.batches().get(0).productName());
		assertEquals(Set.of(Certification.GEOGRAPHICAL_INDICATION, Certification.GREEN_FOOD),
				result.batches().get(0).certifications());
		assertEquals(3, result.errors().size(), result.errors().toString());
		List<String> errors = result.errors().stream().map(e -> e.text(Locale.ENGLISH)).toList();
		assertTrue(errors.get(0).contains("3") && errors.get(0).contains("gtin"), errors.get(0));
		assertTrue(errors.get(1).contains("quantity"), errors.get(1));
		assertTrue(errors.get(2).contains("originDivision"), errors.get(2));
		assertEquals(List.of(3, 4, 5), result.errors().stream().map(RowError::line).toList());
		assertTrue(result.errors().get(0).text(Locale.SIMPLIFIED_CHINESE).contains("gtin"), "the row's rule in Chinese too");
	}

	@Test
	void readsPartiesAndChecksTheirCreditCode() throws Exception {
		String first17 = "91220581MA0000001";
		String uscc = first17 + Uscc.checkCharacter(first17);
		MasterDataCsv.Result result = read("uscc,gln,name_zh,name_en,role,county\n" + uscc
				+ ",6901234000016,梅河口合作社,Meihekou coop,cooperative,220581\n" + first17 + "0,,坏,bad,farm,\n");
		assertEquals(1, result.parties().size());
		assertEquals("https://id.gs1.org/417/6901234000016", result.parties().get(0).uri());
		assertEquals(1, result.errors().size());
		assertTrue(result.errors().get(0).text(Locale.ENGLISH).contains("uscc"), result.errors().get(0).text(Locale.ENGLISH));
	}

	@Test
	void anUnknownHeaderIsRefused() {
		assertThrows(ValidationException.class, () -> read("name,age\nx,1\n"));
	}
}
