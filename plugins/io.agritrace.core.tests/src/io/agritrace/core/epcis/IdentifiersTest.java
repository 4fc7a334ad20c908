package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

	@Test
	void aDigitalLinkWithAGtinGivesItsGtin() {
		assertEquals(Optional.of("06901234000030"), Identifiers.gtin(Identifiers.lot("06901234000030", "MR-1")));
		assertEquals(Optional.of("06901234000030"), Identifiers.gtin("https://id.gs1.org/01/06901234000030"));
		assertEquals(Optional.of("06901234000030"), Identifiers.gtin("https://id.gs1.org/01/06901234000030/21/7"));
	}

	@Test
	void otherIdentifiersHaveNoGtin() {
		assertEquals(Optional.empty(), Identifiers.gtin("https://id.gs1.org/414/6901234099997"));
		assertEquals(Optional.empty(), Identifiers.gtin("https://id.gs1.org/01/0690123400003"));
		assertEquals(Optional.empty(), Identifiers.gtin("urn:epc:id:sgtin:0614141.107346.2017"));
	}

	@Test
	void aDigitalLinkOfALotGivesItsLotNumberDecoded() {
		assertEquals(Optional.of("MR-1"), Identifiers.lotNumber(Identifiers.lot("06901234000030", "MR-1")));
		assertEquals(Optional.of("A/B+1"), Identifiers.lotNumber("https://id.gs1.org/01/06901234000030/10/A%2FB+1"));
		assertEquals(Optional.of("L7"), Identifiers.lotNumber("https://id.gs1.org/01/06901234000030/10/L7/21/9"));
	}

	@Test
	void identifiersWithoutALotHaveNoLotNumber() {
		assertEquals(Optional.empty(), Identifiers.lotNumber("https://id.gs1.org/01/06901234000030"));
		assertEquals(Optional.empty(), Identifiers.lotNumber("https://id.gs1.org/01/06901234000030/21/10"));
		assertEquals(Optional.empty(), Identifiers.lotNumber("urn:epc:class:lgtin:0614141.107346.2017"));
	}
}
