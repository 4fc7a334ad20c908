package io.agritrace.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.agritrace.chain.ChainStatus;

/** The chain's state in the three lengths the programs show, and every text of it in both languages. */
class ChainStatusTextTest {

	private static final ChainStatus.Connected QBFT = new ChainStatus.Connected("http://node:8545", 2020,
			BigInteger.valueOf(812), OptionalInt.of(3), List.of("0xaa", "0xbb"));
	private static final ChainStatus.Connected ANVIL = new ChainStatus.Connected("http://127.0.0.1:8545", 31337,
			BigInteger.valueOf(5), OptionalInt.empty(), List.of());
	private static final ChainStatus WRONG = new ChainStatus.WrongChain("http://node:8545", 2020, 1337);
	private static final ChainStatus DOWN = new ChainStatus.NotConnected("http://node:8545", "Connection refused");

	@Test
	void eachLengthSaysWhatItsPlaceNeeds() {
		assertEquals("Chain ID 2020: block 812", ChainStatusText.summary(QBFT, Locale.ENGLISH), "the number is the chain's ID");
		assertEquals("\u94fe ID 2020\uff1a\u533a\u5757 812", ChainStatusText.summary(QBFT, Locale.SIMPLIFIED_CHINESE));
		assertEquals("Chain: wrong network", ChainStatusText.summary(WRONG, Locale.ENGLISH));
		assertEquals("Chain: not connected", ChainStatusText.summary(DOWN, Locale.ENGLISH));

		assertEquals("http://node:8545: chain id 2020, block 812, peers 3, QBFT validators 0xaa,0xbb",
				ChainStatusText.line(QBFT, Locale.ENGLISH));
		assertEquals("http://127.0.0.1:8545: chain id 31337, block 5, peers -, QBFT validators -",
				ChainStatusText.line(ANVIL, Locale.ENGLISH));
		assertEquals("the node at http://node:8545 is on chain 1337, not the configured chain 2020: nothing is sent to it",
				ChainStatusText.line(WRONG, Locale.ENGLISH));
		assertEquals("no node answers at http://node:8545: Connection refused", ChainStatusText.line(DOWN, Locale.ENGLISH));

		assertEquals("http://node:8545\nchain id 2020, block 812, peers 3\nQBFT validators:\n  0xaa\n  0xbb",
				ChainStatusText.details(QBFT, Locale.ENGLISH));
		assertTrue(ChainStatusText.details(ANVIL, Locale.ENGLISH).endsWith("none (not a QBFT network)"),
				ChainStatusText.details(ANVIL, Locale.ENGLISH));
		assertEquals(ChainStatusText.line(DOWN, Locale.ENGLISH), ChainStatusText.details(DOWN, Locale.ENGLISH));
		assertTrue(ChainStatusText.widestSummaries(Locale.ENGLISH).contains("Chain ID 99999999: block 999999999"));
	}

	@Test
	void eachCallerGetsItsOwnLanguage() {
		String chinese = ChainStatusText.line(WRONG, Locale.SIMPLIFIED_CHINESE);
		assertTrue(
				chinese.contains("1337")
						&& chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
				chinese);
		assertNotEquals(ChainStatusText.summary(QBFT, Locale.ENGLISH), ChainStatusText.summary(QBFT, Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void everyTextIsInChineseToo() throws IOException {
		Properties en = texts("messages.properties");
		Properties zh = texts("messages_zh.properties");
		assertEquals(en.keySet(), zh.keySet());
		for (String key : en.stringPropertyNames()) {
			if (key.startsWith("ChainStatus_")) {
				assertNotEquals(en.getProperty(key), zh.getProperty(key), key);
				assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
						key + " in Chinese: " + zh.getProperty(key));
			}
		}
	}

	private static Properties texts(String file) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = ChainStatusText.class.getResourceAsStream("internal/" + file)) {
			texts.load(in);
		}
		return texts;
	}
}
