package io.agritrace.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each field of a page gets a letter of its own, in English and in Chinese, and leaves Back, Next and Finish theirs. */
class MnemonicsTest {

	@Test
	void eachLabelGetsAFreeLetterOfItsOwn() {
		Mnemonics page = new Mnemonics();
		assertEquals("&Lot number", page.label("Lot number"));
		assertEquals("L&ocation", page.label("Location"), "l is taken");
		assertEquals("F&inish date", page.label("Finish date"), "f is Finish's");
		assertEquals("&Record another", page.label("&Record another"), "a label's own mnemonic stays");
		assertEquals("R&esult", page.label("Result"), "and is taken");
		assertEquals("&Up", page.label("Up"));
		assertEquals("&Time", page.label("Time"));
		assertEquals("Unit", page.label("Unit"), "u, i, t taken, n Next's: none rather than \"Unit(C)\"");
	}

	@Test
	void aChineseLabelGetsOneInBracketsAsChineseSoftwareWritesIt() {
		Mnemonics page = new Mnemonics();
		assertEquals("批次(&A)", page.label("批次"));
		assertEquals("数量(&C)", page.label("数量"), "a is taken, b is Back's");
		assertEquals("GS1 事件哈希 ID(&G)", page.label("GS1 事件哈希 ID"), "a letter of the label first");
	}
}
