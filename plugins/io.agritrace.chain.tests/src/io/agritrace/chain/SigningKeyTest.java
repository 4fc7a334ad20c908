package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.agritrace.tests.harness.AnvilNode;

/** A signing key never shows its text: not in its string form, not in the error for a wrong one. */
class SigningKeyTest {

	@Test
	void itsStringFormNamesTheAccountNotTheKey() {
		SigningKey key = SigningKey.of(AnvilNode.KEYS[0]);
		String text = key.toString() + new AnchorTarget(ChainEndpoint.of("http://127.0.0.1:1"), 1, "0x00", key);
		assertFalse(text.toLowerCase().contains(AnvilNode.KEYS[0].substring(2).toLowerCase()), text);
		assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", key.address());
		assertEquals(key, SigningKey.of(AnvilNode.KEYS[0].substring(2)), "with or without 0x");
	}

	@Test
	void aWrongKeyIsRefusedWithoutRepeatingIt() {
		String almost = AnvilNode.KEYS[0].substring(0, 60);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SigningKey.of(almost));
		assertFalse(e.getMessage().contains(almost.substring(2)), e.getMessage());
	}
}
