package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Columns line up in a terminal, where a Chinese character takes two columns. */
class ColumnsTest {

	@Test
	void aChineseCharacterIsTwoColumnsWide() {
		assertEquals(11, Columns.width("梅河稻谷 kg"));
		assertEquals(4, Columns.width("（）"), "fullwidth punctuation");
		assertEquals("采收  |", Columns.pad("采收", 6) + "|");
	}

	@Test
	void eachCellButTheLastIsPaddedToItsColumnsWidest() {
		assertEquals(List.of("  采收    有效  稻田", "  Drying  有效  x"),
				Columns.lines(List.of(List.of("采收", "有效", "稻田"), List.of("Drying", "有效", "x"))));
	}

	@Test
	void tabbedCellsArePaddedBeforeTheirTabsAndTheLastKeptAsItIs() {
		assertEquals(List.of("梅河大米  \t梅河口市\t", "Meihe rice\t延边    \t地理标志"),
				Columns.tabbed(List.of(List.of("梅河大米", "梅河口市", ""), List.of("Meihe rice", "延边", "地理标志"))));
	}
}
